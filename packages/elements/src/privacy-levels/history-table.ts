import { formatDateTime, formatNumber, type PrivacyCatalog, type PrivacyPreferences } from '@prefcenter/core';
import { html, nothing, type TemplateResult } from 'lit';
import { newestFirst } from './model.js';
import type { WidgetTexts } from './texts.js';

/**
 * The history of decisions, newest first, in a disclosure: when, what, under which notice,
 * from where and by whom; and the download of the records. A table, so a screen reader can
 * read each record by its column names.
 */
export function renderHistory(
  m: WidgetTexts,
  view: PrivacyPreferences,
  catalog: PrivacyCatalog,
  download: () => void,
): TemplateResult {
  const names = new Map(catalog.purposes.map((p) => [p.id, p.label]));
  const records = newestFirst(view);
  return html`<details class="history" part="history">
    <summary>${m.historyTitle()} <span class="count">(${formatNumber(records.length)})</span></summary>
    ${
      records.length
        ? html`<div class="table-scroll" tabindex="0" role="region" aria-label=${m.historyTitle()}>
            <table>
              <thead>
                <tr>
                  <th scope="col">${m.columnWhen()}</th>
                  <th scope="col">${m.columnPurpose()}</th>
                  <th scope="col">${m.columnDecision()}</th>
                  <th scope="col">${m.columnNotice()}</th>
                  <th scope="col">${m.columnSource()}</th>
                  <th scope="col">${m.columnActor()}</th>
                </tr>
              </thead>
              <tbody>
                ${records.map(
                  (record) =>
                    html`<tr data-record=${record.id}>
                      <td><time datetime=${record.time}>${formatDateTime(record.time)}</time></td>
                      <td><bdi>${names.get(record.purpose) ?? record.purpose}</bdi></td>
                      <td>${m.decision(record.decision)}</td>
                      <td><bdi>${record.noticeVersion}</bdi></td>
                      <td>
                        ${m.source(record.source)}${record.method ? html` (<bdi>${record.method}</bdi>)` : nothing}
                      </td>
                      <td>${m.actor(record.actor)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p class="hint">${m.historyEmpty()}</p>`
    }
    <button class="download" part="download" @click=${download}>${m.download()}</button>
  </details>`;
}
