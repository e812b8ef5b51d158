import { expect } from '@open-wc/testing';
import { emit, HostEvents } from '../../../src/components/events.js';
import { ShienNaviError } from '../../../src/data/errors.js';
import { hosted } from './host.js';

afterEach(() => document.querySelectorAll('test-controller-host').forEach((host) => host.remove()));

describe('public events', () => {
  it('bubble out of shadow roots into the page, typed by name; only a cancelable one can be cancelled', () => {
    const inner = document.createElement('div');
    const outer = document.createElement('div');
    outer.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(outer);
    const heard: string[] = [];
    const listen = document.body as HTMLElement;
    listen.addEventListener('shien-navi-exit', (event) => {
      heard.push(`${event.detail.url} cancelable=${event.cancelable}`);
      event.preventDefault();
    }, { once: true });
    expect(emit(inner, 'shien-navi-exit', { url: 'https://example.org/' }, { cancelable: true })).to.equal(false);
    listen.addEventListener('shien-navi-search', (event) => {
      heard.push(`${event.detail.results} cancelable=${event.cancelable}`);
      event.preventDefault();
    }, { once: true });
    expect(emit(inner, 'shien-navi-search', { results: 3 })).to.equal(true);
    expect(heard).to.deep.equal(['https://example.org/ cancelable=true', '3 cancelable=false']);
    outer.remove();
  });
});

describe('HostEvents', () => {
  it('holds what is raised during an update until the update is done, in order, and sends the rest at once', async () => {
    const heard: string[] = [];
    const { host, controller: events } = await hosted((host) => {
      const events = new HostEvents(host);
      host.show = () => {
        if (host.inputs['raise']) {
          events.fail(new ShienNaviError('flow', 'start="x" はフローにないため、最初の質問から始めます'));
          events.emit('shien-navi-step', { node: 'root' });
        }
        return '';
      };
      return events;
    });
    for (const type of ['shien-navi-error', 'shien-navi-step'] as const) {
      host.addEventListener(type, (event) => heard.push(`${event.type} while updating: ${host.isUpdatePending}`));
    }
    host.inputs = { raise: true };
    await host.updateComplete;
    expect(heard).to.deep.equal(['shien-navi-error while updating: false', 'shien-navi-step while updating: false']);
    host.addEventListener('shien-navi-goal', (event) => heard.push(JSON.stringify(event.detail)));
    events.emit('shien-navi-goal', { goal: 'g', results: 2 });
    expect(heard.at(-1)).to.equal('{"goal":"g","results":2}');
  });
});
