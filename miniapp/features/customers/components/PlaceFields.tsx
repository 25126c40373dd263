/**
 * Address and location. The location comes from the platform's own location API (the same GCJ-02 fix a check-in
 * is compared with, so distances agree); typing coordinates is tucked away for the rare case it is needed.
 */
import { showFailure } from '@miniapp/components/toast';
import { getLocation } from '@miniapp/lib/platform/device';
import { Button, Form, Input, TextArea } from 'antd-mobile';
import { EnvironmentOutline } from 'antd-mobile-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerFormValues } from '../form-values';
import styles from './customer-form.module.css';

interface LocationTarget {
  setFieldsValue: (values: Partial<CustomerFormValues>) => void;
  getFieldValue: (name: keyof CustomerFormValues) => unknown;
}

export function PlaceFields({ form }: { form: LocationTarget }) {
  const { t } = useTranslation();
  const [isLocating, setLocating] = useState(false);
  const [isTyping, setTyping] = useState(false);

  async function fillFromPosition(): Promise<void> {
    setLocating(true);
    try {
      const fix = await getLocation();
      const address = String(form.getFieldValue('address') ?? '').trim();
      form.setFieldsValue({
        lat: fix.lat.toFixed(6),
        lng: fix.lng.toFixed(6),
        ...(address === '' && fix.address ? { address: fix.address } : {}),
      });
    } catch {
      showFailure(t('ui.customers.form.locationFailed'));
    } finally {
      setLocating(false);
    }
  }

  return (
    <>
      <Form.Header>{t('ui.customers.form.place')}</Form.Header>
      <Form.Item name="address" label={t('ui.customers.fields.address')}>
        <TextArea
          placeholder={t('ui.customers.placeholders.address')}
          autoSize={{ minRows: 1, maxRows: 3 }}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['lat', 'lng']}>
        {() => <PinnedLocation lat={form.getFieldValue('lat')} lng={form.getFieldValue('lng')} />}
      </Form.Item>
      <Form.Item name="lat" label={t('ui.customers.fields.lat')} hidden={!isTyping}>
        <Input type="text" inputMode="decimal" placeholder={t('ui.customers.placeholders.lat')} />
      </Form.Item>
      <Form.Item name="lng" label={t('ui.customers.fields.lng')} hidden={!isTyping}>
        <Input type="text" inputMode="decimal" placeholder={t('ui.customers.placeholders.lng')} />
      </Form.Item>
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
        {isTyping ? null : (
          <Button size="small" fill="none" onClick={() => setTyping(true)}>
            {t('ui.customers.form.typeCoordinates')}
          </Button>
        )}
      </div>
    </>
  );
}

/** What the form holds, in words: a pinned place or none yet. */
function PinnedLocation({ lat, lng }: { lat: unknown; lng: unknown }) {
  const { t } = useTranslation();
  const isPinned = String(lat ?? '').trim() !== '' && String(lng ?? '').trim() !== '';
  return (
    <p className={styles.pinned} aria-live="polite">
      {/* Not `lng`: i18next reads that option as the language to translate into. */}
      {isPinned
        ? t('ui.customers.form.pinned', { latitude: lat, longitude: lng })
        : t('ui.customers.form.notPinned')}
    </p>
  );
}
