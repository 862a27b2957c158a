import { InlineAlert, Paragraph } from 'suomifi-ui-components';
import { Link } from 'react-router';
import { Panel } from '../../common/Panel';
import { TableOrCards } from '../../common/Table';
import { formatDate, useI18n } from '../../i18n/i18n';
import type { RulePackPreview as Preview } from './rule-pack-values';

type Change = Preview['changes'][number];

/** What the what-if preview says of one initiative: its deadlines, answer channel and lapse, now and after. */
function sides(change: Change, m: ReturnType<typeof useI18n>['m']): [string, string] {
  const words = m.rulePackAdmin;
  const parts: [string[], string[]] = [[], []];
  if (change.deadlines) {
    const { before, after } = change.deadlines;
    [before, after].forEach((deadlines, side) =>
      parts[side].push(
        deadlines.length === 0
          ? words.noDeadline
          : deadlines
              .map((deadline) => `${m.deadlineKinds[deadline.kind]} ${formatDate(deadline.dueDate)}`)
              .join(', '),
      ),
    );
  }
  if (change.channel) {
    parts[0].push(words.channels[change.channel.before]);
    parts[1].push(words.channels[change.channel.after]);
  }
  if (change.lapse) {
    const { listYear, before, after } = change.lapse;
    parts[0].push(before ? words.lapses(listYear) : words.keeps(listYear));
    parts[1].push(after ? words.lapses(listYear) : words.keeps(listYear));
  }
  return [parts[0].join('; '), parts[1].join('; ')];
}

export function RulePackPreview({ preview }: { preview: Preview }) {
  const { m } = useI18n();
  const words = m.rulePackAdmin;
  return (
    <Panel id="rule-pack-preview" title={words.previewTitle}>
      <Paragraph mb="s">{words.judged(preview.judged)}</Paragraph>
      {preview.contradicted.length > 0 && (
        <InlineAlert status="warning" mb="s">
          {words.contradicted(preview.contradicted.join(', '))}
        </InlineAlert>
      )}
      {preview.changes.length === 0 ? (
        <Paragraph mb="s">{words.noChanges}</Paragraph>
      ) : (
        <TableOrCards
          caption={words.previewTitle}
          head={[words.initiative, words.before, words.after]}
          rows={preview.changes.map((change) => {
            const [before, after] = sides(change, m);
            return {
              key: change.initiativeId,
              cells: [
                <Link key="initiative" to={`/initiatives/${change.initiativeId}`}>
                  {change.diaryNumber} {change.title}
                </Link>,
                before,
                after,
              ],
            };
          })}
        />
      )}
    </Panel>
  );
}
