/**
 * antd DatePicker whose value is an ISO 'YYYY-MM-DD' string (or null), so forms hold the same
 * strings the domain uses and no dayjs object leaks into drafts sent to the backend.
 */
import { DatePicker, type DatePickerProps } from 'antd';
import dayjs from 'dayjs';
import { isIsoDate } from '../../shared/domain/period';

export type IsoDatePickerProps = Omit<DatePickerProps, 'value' | 'onChange' | 'picker'> & {
  value?: string | null;
  onChange?: (value: string | null) => void;
};

export function IsoDatePicker({ value, onChange, ...rest }: IsoDatePickerProps) {
  return (
    <DatePicker
      format="YYYY-MM-DD"
      {...rest}
      value={value && isIsoDate(value) ? dayjs(value) : null}
      onChange={(d) => onChange?.(d ? d.format('YYYY-MM-DD') : null)}
    />
  );
}
