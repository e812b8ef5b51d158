/**
 * An event between the parts of one element tree, typed by its event map: it bubbles, is not
 * composed (it stops at the shadow root it was dispatched in), and is never declared in the
 * global HTMLElementEventMap, so a page's typings only see the public `shien-navi-*` events.
 * The widget's parts (internal-events.ts) and the workbench's (studio/studio-events.ts) each
 * name their own subclass.
 */
export class PrivateEvent<EventMap, K extends keyof EventMap & string> extends Event {
  declare readonly type: K;
  constructor(
    type: K,
    readonly detail: EventMap[K],
  ) {
    super(type, { bubbles: true });
  }
}
