/** A FormField holding a line of text (a name, a phone number) or, multiline, a paragraph that grows as it is written. */
import Input from 'antd-mobile/es/components/input';
import TextArea from 'antd-mobile/es/components/text-area';
import { FormField } from './FormField';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string | undefined;
  hint?: string | undefined;
  error?: string | undefined;
  isRequired?: boolean;
  isMultiline?: boolean;
  /** Brings up the phone's keypad for a number or its keyboard for an address. */
  type?: 'tel' | 'email';
  isBoxed?: boolean | undefined;
}

export function TextField({ id, value, onChange, placeholder, isMultiline, type, ...field }: TextFieldProps) {
  return (
    <FormField id={id} {...field}>
      {isMultiline ? (
        <TextArea
          id={id}
          value={value}
          onChange={onChange}
          placeholder={placeholder}
          autoSize={{ minRows: 2, maxRows: 8 }}
        />
      ) : (
        <Input
          id={id}
          value={value}
          onChange={onChange}
          placeholder={placeholder}
          {...(type ? { type, inputMode: type } : { autoComplete: 'off' })}
        />
      )}
    </FormField>
  );
}
