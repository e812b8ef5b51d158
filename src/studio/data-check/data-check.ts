import { LitElement, html } from 'lit';
import { studioBase } from '../shared.styles.js';

/** Job 1, "Check my data". */
export class StudioDataCheck extends LitElement {
  static override styles = [studioBase];

  override render() {
    return html`<h2>データを点検する</h2>
      <shien-navi-studio-data-sources></shien-navi-studio-data-sources>`;
  }
}
