import { useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { Button, Checkbox, DatePicker, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import type { FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiError } from '../api/client';
import { resolveSchema, type ApiDocument, type JsonSchema } from '../api/document';
import { useI18n } from '../i18n/i18n';
import { todayIso } from '../i18n/format';
import { MemberPicker, UnitPicker } from './pickers';
import { ProblemAlert } from './problem-alert';

/**
 * A form generated from a request body's JSON schema in the OpenAPI document: one control per
 * property, chosen by its type (text, number, yes/no, one of an enum with the api's labels, a date, a
 * member or a unit of the scope, a nested object, a list). Nothing is checked here: the api checks
 * the body, and its answer is shown where it belongs — each invalid field's messages next to the
 * field (400 `errors[]`), a refusing rule's message above the button (422), the stale-record
 * warning (412).
 */
export interface SchemaFormProps {
  /** Unique on the page: the controls' ids derive from it. */
  readonly name: string;
  readonly document: ApiDocument;
  readonly schema: JsonSchema;
  readonly submitLabel: string;
  readonly onSubmit: (body: Record<string, unknown>) => Promise<void>;
  /** Offered on a 412: load the record again. */
  readonly onReload?: () => void;
}

/** The fields every command states; they come after the action's own. */
const COMMON_FIELDS = ['occurredOn', 'documentRef', 'reason'];
const MEMBER_FIELDS = new Set(['memberId', 'helperId']);
const UNIT_FIELDS = new Set([
  'cellId',
  'decidingUnitId',
  'targetCellId',
  'targetId',
  'parentId',
  'unitId',
]);
const CELL_FIELDS = new Set(['cellId', 'targetCellId']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type Path = (string | number)[];

export function SchemaForm({
  name,
  document,
  schema,
  submitLabel,
  onSubmit,
  onReload,
}: SchemaFormProps) {
  const { pick, lang } = useI18n();
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const initialValues = useMemo(
    () => (schema.properties?.occurredOn ? { occurredOn: dayjs(todayIso()) } : {}),
    [schema],
  );

  const submit = async (values: Record<string, unknown>) => {
    setBusy(true);
    setError(undefined);
    clearErrors(form);
    try {
      await onSubmit((toBody(values) ?? {}) as Record<string, unknown>);
      form.resetFields();
    } catch (caught) {
      setError(caught);
      if (caught instanceof ApiError && caught.status === 400) showFieldErrors(form, caught, lang);
      if (caught instanceof ApiError && caught.status === 422) showRuleField(form, caught, pick);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form
      form={form}
      name={name}
      layout="vertical"
      onFinish={submit}
      initialValues={initialValues}
      scrollToFirstError
      requiredMark
    >
      <Fields document={document} schema={schema} path={[]} />
      <Space orientation="vertical" style={{ width: '100%' }}>
        <ProblemAlert error={error} onReload={onReload} />
        <Button type="primary" htmlType="submit" loading={busy}>
          {submitLabel}
        </Button>
      </Space>
    </Form>
  );
}

/** The properties of an object schema, the action's own first, then the common ones. */
function Fields({
  document,
  schema,
  path,
}: {
  readonly document: ApiDocument;
  readonly schema: JsonSchema;
  readonly path: Path;
}) {
  const properties = Object.entries(schema.properties ?? {});
  const order = (key: string) => COMMON_FIELDS.indexOf(key);
  properties.sort(([a], [b]) => order(a) - order(b));
  const required = new Set(schema.required ?? []);
  return (
    <>
      {properties.map(([key, property]) => (
        <Field
          key={key}
          document={document}
          property={key}
          schema={property}
          path={[...path, key]}
          required={required.has(key)}
        />
      ))}
    </>
  );
}

function Field({
  document,
  property,
  schema: raw,
  path,
  required,
}: {
  readonly document: ApiDocument;
  readonly property: string;
  readonly schema: JsonSchema;
  readonly path: Path;
  readonly required: boolean;
}) {
  const { lang, pick } = useI18n();
  const schema = resolveSchema(document, raw);
  const label = pick(raw['x-label'] ?? schema['x-label']) || property;
  // The api's descriptions are English: shown as help on the English console only.
  const extra = lang === 'en' ? (raw.description ?? schema.description) : undefined;

  if (schema.type === 'object' || schema.properties) {
    return (
      <fieldset className="mf-fieldset">
        <legend>
          {label}
          {required ? (
            <span className="mf-required" aria-hidden="true">
              {' '}
              *
            </span>
          ) : null}
        </legend>
        {extra ? <p className="mf-help">{extra}</p> : null}
        <Fields document={document} schema={schema} path={path} />
      </fieldset>
    );
  }
  if (schema.type === 'array' && schema.items) {
    const items = resolveSchema(document, schema.items);
    if (items.type === 'object' || items.properties) {
      return (
        <ListField
          document={document}
          label={label}
          extra={extra}
          items={items}
          path={path}
          required={required}
          minItems={schema.minItems}
        />
      );
    }
    return (
      <Form.Item name={path} label={label} required={required} extra={extra}>
        <Control property={property} schema={items} multiple />
      </Form.Item>
    );
  }
  const checkbox = schema.type === 'boolean';
  return (
    <Form.Item
      name={path}
      label={checkbox ? undefined : label}
      required={required}
      extra={extra}
      valuePropName={checkbox ? 'checked' : 'value'}
      initialValue={checkbox && required ? false : undefined}
    >
      {checkbox ? (
        <Checkbox>{label}</Checkbox>
      ) : (
        <Control property={property} schema={schema} required={required} />
      )}
    </Form.Item>
  );
}

/** A list of objects (the introducers): add and remove rows. */
function ListField({
  document,
  label,
  extra,
  items,
  path,
  required,
  minItems,
}: {
  readonly document: ApiDocument;
  readonly label: string;
  readonly extra?: string;
  readonly items: JsonSchema;
  readonly path: Path;
  readonly required: boolean;
  readonly minItems?: number;
}) {
  const { t } = useI18n();
  const initial = Array.from({ length: Math.max(minItems ?? 0, required ? 1 : 0) }, () => ({}));
  return (
    <fieldset className="mf-fieldset">
      <legend>
        {label}
        {required ? (
          <span className="mf-required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </legend>
      {extra ? <p className="mf-help">{extra}</p> : null}
      <Form.List name={path} initialValue={initial}>
        {(rows, { add, remove }) => (
          <>
            {rows.map((row, index) => (
              <div key={row.key} className="mf-list-row">
                <div className="mf-list-row-fields">
                  <Fields document={document} schema={items} path={[row.name]} />
                </div>
                <Button
                  onClick={() => remove(row.name)}
                  aria-label={`${t('form.remove')} ${label} ${index + 1}`}
                >
                  {t('form.remove')}
                </Button>
              </div>
            ))}
            <Button type="dashed" onClick={() => add({})}>
              {t('form.add')}: {label}
            </Button>
          </>
        )}
      </Form.List>
    </fieldset>
  );
}

/** The control of one scalar property (or a list of enum values with `multiple`). */
function Control({
  property,
  schema,
  multiple,
  required,
  ...injected
}: {
  readonly property: string;
  readonly schema: JsonSchema;
  readonly multiple?: boolean;
  readonly required?: boolean;
  // id, value and onChange come from Form.Item
  readonly id?: string;
  readonly value?: never;
  readonly onChange?: never;
}): ReactNode {
  const { t, pick } = useI18n();
  const props = { ...injected, 'aria-required': required || undefined };
  const values = (schema.enum ?? []).filter((value): value is string => typeof value === 'string');
  if (values.length > 0) {
    const labels = schema['x-labels'] ?? {};
    const options = values.map((value) => ({ value, label: pick(labels[value]) || value }));
    if (!multiple && options.length <= 4) {
      // Two choices as buttons; more as round radios, which wrap cleanly at phone width.
      return (
        <Radio.Group
          {...props}
          options={options}
          optionType={options.length <= 2 ? 'button' : 'default'}
        />
      );
    }
    return (
      <Select
        {...props}
        mode={multiple ? 'multiple' : undefined}
        options={options}
        showSearch={{ optionFilterProp: 'label' }}
        allowClear
        placeholder={t('form.pick')}
      />
    );
  }
  if (schema.type === 'integer' || schema.type === 'number') {
    return (
      <InputNumber {...props} min={schema.minimum} max={schema.maximum} style={{ width: '100%' }} />
    );
  }
  if (MEMBER_FIELDS.has(property)) return <MemberPicker {...props} />;
  if (UNIT_FIELDS.has(property))
    return <UnitPicker {...props} cellsOnly={CELL_FIELDS.has(property)} />;
  if (isDate(property, schema)) {
    return (
      <DatePicker
        {...props}
        format={['DD/MM/YYYY', 'D/M/YYYY', 'YYYY-MM-DD']}
        placeholder={t('form.datePlaceholder')}
        style={{ width: '100%' }}
      />
    );
  }
  if ((schema.maxLength ?? 0) >= 1000)
    return <Input.TextArea {...props} rows={2} maxLength={schema.maxLength} />;
  return <Input {...props} maxLength={schema.maxLength} />;
}

function isDate(property: string, schema: JsonSchema): boolean {
  if (schema.format === 'date') return true;
  if (typeof schema.example === 'string' && ISO_DATE.test(schema.example)) return true;
  return /(On|Date|Since)$/.test(property) || property === 'until';
}

/** The form's values as the api's JSON: dates as YYYY-MM-DD, empty fields and rows left out. */
function toBody(value: unknown): unknown {
  if (dayjs.isDayjs(value)) return (value as Dayjs).format('YYYY-MM-DD');
  if (Array.isArray(value)) {
    const items = value.map(toBody).filter((item) => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, toBody(item)] as const)
      .filter(([, item]) => item !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  if (value === '' || value === null) return undefined;
  return typeof value === 'string' ? value.trim() || undefined : value;
}

/**
 * The api's field errors (`person.dateOfBirth`, `introducers.0.memberId`) next to their fields, in
 * the api's words: its Vietnamese ones (`vi`) on the Vietnamese console.
 */
function showFieldErrors(form: FormInstance, error: ApiError, lang: 'vi' | 'en'): void {
  const errors = error.problem?.errors ?? [];
  form.setFields(
    errors.map((fieldError) => ({
      name: fieldError.field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
      errors: lang === 'vi' && fieldError.vi ? [...fieldError.vi] : [...fieldError.messages],
    })),
  );
}

/** A rule's refusal that names its field (`details.field`) is shown beside that field too. */
function showRuleField(
  form: FormInstance,
  error: ApiError,
  pick: (label: { vi: string; en: string }) => string,
): void {
  const field = (error.problem?.details as { field?: unknown } | undefined)?.field;
  if (typeof field !== 'string' || !error.problem) return;
  form.setFields([{ name: field.split('.'), errors: [pick(error.problem.message)] }]);
}

function clearErrors(form: FormInstance): void {
  form.setFields(
    form
      .getFieldsError()
      .filter((field) => field.errors.length > 0)
      .map((field) => ({ name: field.name, errors: [] })),
  );
}
