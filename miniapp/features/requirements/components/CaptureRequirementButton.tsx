/** 记录需求 from a visit or a project: opens the capture with the customer filled in and the source carried along. */
import Button from 'antd-mobile/es/components/button';
import { AddOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type CaptureOrigin, captureUrlOf } from '../capture-url';

interface CaptureRequirementButtonProps extends CaptureOrigin {
  className?: string;
  /** The visit's notes: the capture offers them as the customer's words. */
  quoteFrom?: string | null;
}

export function CaptureRequirementButton(props: CaptureRequirementButtonProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Button
      className={props.className}
      block
      fill="outline"
      color="primary"
      shape="rounded"
      onClick={() => void navigate(captureUrlOf(props), { state: { quoteFrom: props.quoteFrom ?? null } })}
    >
      <AddOutline aria-hidden="true" /> {t('ui.requirements.capture')}
    </Button>
  );
}
