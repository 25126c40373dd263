/** Address, latitude and longitude, with a button that fills the coordinates from the phone's position. */
import { showFailure } from '@miniapp/components/toast';
import { Button, Form, Input, TextArea } from 'antd-mobile';
import { EnvironmentOutline } from 'antd-mobile-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerFormValues } from '../form-values';
import styles from './customer-form.module.css';

interface LocationTarget {
  setFieldsValue: (values: Partial<CustomerFormValues>) => void;
}

export function PlaceFields({ form }: { form: LocationTarget }) {
  const { t } = useTranslation();
  const [isLocating, setLocating] = useState(false);

  function fillFromPosition(): void {
    if (!('geolocation' in navigator)) {
      showFailure(t('ui.customers.form.locationFailed'));
      return;
    }
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        form.setFieldsValue({
          lat: position.coords.latitude.toFixed(6),
          lng: position.coords.longitude.toFixed(6),
        });
      },
      () => {
        setLocating(false);
        showFailure(t('ui.customers.form.locationFailed'));
      },
      { enableHighAccuracy: true, timeout: 10_000 },
    );
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
      <Form.Item name="lat" label={t('ui.customers.fields.lat')}>
        <Input type="text" inputMode="decimal" placeholder={t('ui.customers.placeholders.lat')} />
      </Form.Item>
      <Form.Item name="lng" label={t('ui.customers.fields.lng')}>
        <Input type="text" inputMode="decimal" placeholder={t('ui.customers.placeholders.lng')} />
      </Form.Item>
      <div className={styles.locate}>
        <Button size="small" fill="outline" shape="rounded" loading={isLocating} onClick={fillFromPosition}>
          <EnvironmentOutline aria-hidden="true" /> {t('ui.customers.form.useCurrentLocation')}
        </Button>
      </div>
    </>
  );
}
