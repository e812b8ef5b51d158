import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ServiceRecord } from '../../data/record.js';
import { municipalityNames } from '../../engine/views.js';

/** The municipalities named in the data, for the picker: worked out once per data set. */
export class MunicipalitiesController implements ReactiveController {
  names: readonly string[] = [];

  readonly #records: () => readonly ServiceRecord[];
  #namesOf: readonly ServiceRecord[] | undefined;

  constructor(host: ReactiveControllerHost, records: () => readonly ServiceRecord[]) {
    this.#records = records;
    host.addController(this);
  }

  hostUpdate(): void {
    const records = this.#records();
    if (records === this.#namesOf) return;
    this.#namesOf = records;
    this.names = municipalityNames(records);
  }
}
