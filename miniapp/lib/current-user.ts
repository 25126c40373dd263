/** The signed-in person, provided once by the app shell so features never fetch "who am I" themselves. */
import type { Me } from '@shared/schemas/auth';
import { createContext, useContext } from 'react';

export const CurrentUserContext = createContext<Me | null>(null);

export function useCurrentUser(): Me {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser is only available inside the signed-in shell');
  return user;
}
