/**
 * Address and location. The location comes from the platform's own location API (the same GCJ-02 fix a check-in
 * is compared with, so distances agree); typing coordinates is tucked away for the rare case it is needed.
 */
import { FormField } from '@miniapp/components/FormField';
import { showFailure } from '@miniapp/components/toast';
import { getLocation } from '@miniapp/lib/platform/device';
import type { FieldErrors } from '@shared/i18n/validation';
import Button from 'antd-mobile/es/components/button';
import Input from 'antd-mobile/es/components/input';
import TextArea from 'antd-mobile/es/components/text-area';
import { EnvironmentOutline } from 'antd-mobile-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerFormValues } from '../form-values';
import styles from './customer-form.module.css';

type PlaceValues = Pick<CustomerFormValues, 'address' | 'lat' | 'lng'>;

interface PlaceFieldsProps {
  values: PlaceValues;
  errors: FieldErrors;
  onChange: (patch: Partial<PlaceValues>) => void;
}

export function PlaceFields({ values, errors, onChange }: PlaceFieldsProps) {
  const { t } = useTranslation();
  const [isLocating, setLocating] = useState(false);
  const [isTyping, setTyping] = useState(false);
  // A problem with a coordinate has to be seen to be fixed.
  const areCoordinatesShown = isTyping || errors.lat !== undefined || errors.lng !== undefined;

  async function fillFromPosition(): Promise<void> {
    setLocating(true);
    try {
      const fix = await getLocation();
      onChange({
        lat: fix.lat.toFixed(6),
        lng: fix.lng.toFixed(6),
        ...(values.address.trim() === '' && fix.address ? { address: fix.address } : {}),
      });
    } catch {
      showFailure(t('ui.customers.form.locationFailed'));
    } finally {
      setLocating(false);
    }
  }

  return (
    <>
      <FormField
        id="customer-address"
        label={t('ui.customers.fields.address')}
        error={errors.address}
        isBoxed
      >
        <TextArea
          id="customer-address"
          value={values.address}
          onChange={(address) => onChange({ address })}
          placeholder={t('ui.customers.placeholders.address')}
          autoSize={{ minRows: 1, maxRows: 3 }}
        />
      </FormField>
      <PinnedLocation lat={values.lat} lng={values.lng} />
      {areCoordinatesShown
        ? (['lat', 'lng'] as const).map((field) => (
            <FormField
              key={field}
              id={`customer-${field}`}
              label={t(`ui.customers.fields.${field}`)}
              error={errors[field]}
              isBoxed
            >
              <Input
                id={`customer-${field}`}
                type="text"
                inputMode="decimal"
                value={values[field]}
                onChange={(text) => onChange({ [field]: text })}
                placeholder={t(`ui.customers.placeholders.${field}`)}
              />
            </FormField>
          ))
        : null}
      <div className={styles.locate}>
        <Button
          size="small"
          fill="outline"
          shape="rounded"
          loading={isLocating}
          onClick={() => void fillFromPosition()}
        >
          <EnvironmentOutline aria-hidden="true" /> {t('ui.customers.form.useCurrentLocation')}
        </Button>
        {areCoordinatesShown ? null : (
          <Button size="small" fill="none" onClick={() => setTyping(true)}>
            {t('ui.customers.form.typeCoordinates')}
          </Button>
        )}
      </div>
    </>
  );
}

/** What the form holds, in words: a pinned place or none yet. */
function PinnedLocation({ lat, lng }: { lat: string; lng: string }) {
  const { t } = useTranslation();
  const isPinned = lat.trim() !== '' && lng.trim() !== '';
  return (
    <p className={styles.pinned} aria-live="polite">
      {/* Not `lng`: i18next reads that option as the language to translate into. */}
      {isPinned
        ? t('ui.customers.form.pinned', { latitude: lat, longitude: lng })
        : t('ui.customers.form.notPinned')}
    </p>
  );
}
