import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Heading, Paragraph } from 'suomifi-ui-components';
import { api } from '../../api/client';
import { useBodies } from '../../api/queries';
import type { Body, Me } from '../../api/types';
import { QueryView } from '../../common/QueryView';
import { RoleForbids } from '../../common/RoleForbids';
import { CheckboxField, TextField } from '../../forms/fields';
import { FormFields, useFormValues } from '../../forms/form';
import { LeaveWarning, useLeaveWarning } from '../../forms/leave-warning';
import { useI18n } from '../../i18n/i18n';
import { useMayAct } from '../../session/permissions';
import { BackToAdmin } from '../AdminOnly';
import { SaveOutcome, useAdminSave } from '../admin-form';
import { GroupMappingsField } from './GroupMappingsField';
import { payloadOf, valuesOf, type SignInSettings } from './sign-in-values';

const SETTINGS_KEY = ['sign-in-settings'] as const;
const PATH = '/api/municipality/sign-in';

function SignInForm({ settings, bodies }: { settings: SignInSettings; bodies: Body[] }) {
  const { m } = useI18n();
  const t = m.signInAdmin;
  const client = useQueryClient();
  const { values, set, typed, saved } = useFormValues(valuesOf(settings));
  const leaving = useLeaveWarning(typed);
  const { errors, outcome, submit } = useAdminSave(async () => {
    const updated = await api<SignInSettings>(PATH, { method: 'PUT', body: payloadOf(values) });
    set('provider.clientSecret', '');
    saved();
    client.setQueryData(SETTINGS_KEY, updated);
    return t.saved;
  });
  // Only a saved provider has a secret: the API refuses one without.
  const secretStored = settings.provider !== null;
  return (
    <form onSubmit={submit} noValidate>
      <LeaveWarning blocker={leaving.blocker} />
      <SaveOutcome outcome={outcome} />
      <FormFields values={values} set={set} errors={errors}>
        <CheckboxField name="passwordsAllowed" label={t.passwordsAllowed} />
        <Heading variant="h2" mb="s">
          {t.provider}
        </Heading>
        {values['hasProvider'] === true ? (
          <>
            <TextField name="provider.issuer" label={t.issuer} hint={t.issuerHint} />
            <TextField name="provider.clientId" label={t.clientId} />
            {secretStored && <Paragraph mb="s">{t.secretStored}</Paragraph>}
            <TextField
              name="provider.clientSecret"
              label={t.clientSecret}
              hint={secretStored ? t.secretStoredHint : undefined}
              type="password"
              optional={secretStored}
            />
            <TextField name="provider.groupsClaim" label={t.groupsClaim} hint={t.groupsClaimHint} />
            <GroupMappingsField bodies={bodies} />
            <Button variant="secondary" mb="m" onClick={() => set('hasProvider', false)}>
              {t.removeProvider}
            </Button>
          </>
        ) : (
          <>
            <Paragraph mb="s">{t.noProvider}</Paragraph>
            <Button variant="secondary" mb="m" onClick={() => set('hasProvider', true)}>
              {t.addProvider}
            </Button>
          </>
        )}
      </FormFields>
      <div className="form-actions">
        <Button type="submit">{t.submit}</Button>
      </div>
    </form>
  );
}

export function SignInPage({ me }: { me: Me }) {
  const { m } = useI18n();
  const may = useMayAct(me);
  const allowed = may('EDIT_MUNICIPALITY');
  const settings = useQuery({
    queryKey: SETTINGS_KEY,
    queryFn: () => api<SignInSettings>(PATH),
    enabled: allowed,
  });
  const bodies = useBodies();
  return (
    <>
      <BackToAdmin />
      <Heading variant="h1" mb="s">
        {m.signInAdmin.title}
      </Heading>
      <RoleForbids may={allowed} action="EDIT_MUNICIPALITY">
        <Paragraph mb="m">{m.signInAdmin.intro}</Paragraph>
        <QueryView query={settings}>
          {(data) => (
            <QueryView query={bodies}>{(all) => <SignInForm settings={data} bodies={all} />}</QueryView>
          )}
        </QueryView>
      </RoleForbids>
    </>
  );
}
