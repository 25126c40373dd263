/** A designed placeholder for a tab whose feature is still being built: what it will do, and what to do meanwhile. */
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { PageHeader } from './PageHeader';
import { StateMessage } from './StateMessage';

interface ComingSoonProps {
  title: string;
  headline: string;
  description: string;
  icon: ReactNode;
  nextStep: { label: string; to: string };
}

export function ComingSoon({ title, headline, description, icon, nextStep }: ComingSoonProps) {
  const navigate = useNavigate();
  return (
    <main>
      <PageHeader title={title} />
      <StateMessage
        icon={icon}
        title={headline}
        description={description}
        action={{ label: nextStep.label, onClick: () => void navigate(nextStep.to) }}
      />
    </main>
  );
}
