import { phonesOf } from '../../data/phones.js';
import type { ServiceRecord } from '../../data/record.js';
import { CRISIS_LINES, isCrisisLineId } from '../../flows/crisis-lines.js';
import { localize, type Lang } from '../../i18n/lang.js';
import type { Messages } from '../../i18n/messages.js';
import { withoutRuby } from '../../i18n/ruby.js';

/**
 * The services and crisis lines on screen as plain text, to copy into a note or a message
 * or to print: name, common name, phone numbers as published, when and where to apply, and
 * the web page.
 */
export function contactText(records: readonly ServiceRecord[], lineIds: readonly string[], messages: Messages, lang: Lang): string {
  const lines = [withoutRuby(messages.copyHeading), ''];
  for (const record of records) {
    lines.push(`■ ${record.name}${record.alias ? `（${record.alias}）` : ''}`);
    const phones = phonesOf(record).map((phone) => (phone.label ? `${phone.label} ${phone.number}` : phone.number)).join(' / ');
    if (record.phoneText || phones) lines.push(`  ${record.phoneText || phones}`);
    if (record.hours) lines.push(labelled(withoutRuby(messages.hours), record.hours));
    if (record.office) lines.push(labelled(withoutRuby(messages.office), record.office));
    if (record.url) lines.push(`  ${record.url}`);
  }
  const crisis = lineIds.filter(isCrisisLineId).map((id) => CRISIS_LINES[id]);
  if (crisis.length > 0) {
    if (records.length > 0) lines.push('');
    lines.push(withoutRuby(messages.crisisHeading));
    for (const line of crisis) lines.push(`■ ${withoutRuby(localize(line.name, lang))} ${line.number}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `  label: text`, the text's further lines indented under it. */
function labelled(label: string, text: string): string {
  return `  ${label}: ${text.split('\n').join('\n    ')}`;
}
