/** antd-mobile's DatePicker (a wheel in a sheet) on demand: most visits to a form never open it (issue #14). */
import type { DatePickerProps } from 'antd-mobile/es/components/date-picker';
import { codeOnDemand, OnDemand } from './on-demand';

const wheelCode = codeOnDemand<DatePickerProps>(
  async () => (await import('antd-mobile/es/components/date-picker')).default,
);

export function DateWheel(props: DatePickerProps) {
  return <OnDemand code={wheelCode} isShown={props.visible === true} props={props} />;
}
