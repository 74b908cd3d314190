import { useNavigate } from 'react-router';
import { App, Card } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { api, withResponse } from '../api/client';
import { actionSchema, useApiDocument } from '../api/document';
import { useI18n } from '../i18n/i18n';
import { SchemaForm } from '../forms/schema-form';
import { Loaded, Page } from '../shell/page';

/** POST /api/members (source-candidate): the form generated from its body schema. */
export function SourceCandidate() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const documentQuery = useApiDocument();
  return (
    <Page title={t('source.title')}>
      <Loaded query={documentQuery}>
        {() => {
          const document = documentQuery.data;
          const schema = document && actionSchema(document, 'source-candidate');
          return document && schema ? (
            <Card className="mf-form-card">
              <SchemaForm
                name="source-candidate"
                document={document}
                schema={schema}
                submitLabel={t('form.create')}
                onSubmit={async (body) => {
                  const { data, response } = await withResponse(
                    api.POST('/api/members', {
                      params: { header: { 'Idempotency-Key': crypto.randomUUID() } },
                      body: body as never,
                    }),
                  );
                  queries.setQueryData(['member', data.id], {
                    member: data,
                    etag: response.headers.get('ETag') ?? undefined,
                  });
                  message.success(t('source.created', { name: data.person?.fullName ?? data.id }));
                  navigate(`/members/${data.id}`);
                }}
              />
            </Card>
          ) : null;
        }}
      </Loaded>
    </Page>
  );
}
