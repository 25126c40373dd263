/** The people of one demo company, each a button that signs in as them. */

import { Avatar } from '@miniapp/components/Avatar';
import type { UserSummary } from '@shared/schemas/auth';
import Tag from 'antd-mobile/es/components/tag';
import { useTranslation } from 'react-i18next';
import styles from '../pages/login.module.css';

interface DemoUserListProps {
  users: UserSummary[];
  isBusy: boolean;
  onPick: (userId: string) => void;
}

export function DemoUserList({ users, isBusy, onPick }: DemoUserListProps) {
  const { t } = useTranslation();
  return (
    <ul className={styles.users}>
      {users.map((user) => (
        <li key={user.id}>
          <button type="button" className={styles.user} disabled={isBusy} onClick={() => onPick(user.id)}>
            <Avatar name={user.name} size={36} />
            <span className={styles.userName}>{user.name}</span>
            <Tag color="primary" fill="outline" round>
              {t(`enums.role.${user.role}`)}
            </Tag>
          </button>
        </li>
      ))}
    </ul>
  );
}
