// Mistakes the React typings must catch: each line below a @ts-expect-error must be an error,
// or tsc fails with "Unused '@ts-expect-error' directive" (the typings would have let it through).
import type {} from 'shien-navi/react';

export const wrongValues = (
  <shien-navi
    // @ts-expect-error -- "sideways" is not a mode (inline | launcher)
    mode="sideways"
    // @ts-expect-error -- "blue" is not a scheme (auto | light | dark)
    scheme="blue"
    // @ts-expect-error -- open is a boolean property
    open="yes"
  />
);

// @ts-expect-error -- in React 19 `flow` sets the property, a flow object; a URL goes in flowSrc
export const flowAsUrl = <shien-navi flow="/flows/my-flow.json" />;
export const flowSrc = <shien-navi flowSrc="/flows/my-flow.json" />;

export const eventDetail = (
  <shien-navi
    // @ts-expect-error -- the ready event's detail has records, sources and updated, no "query"
    onshien-navi-ready={(event) => console.log(event.detail.query)}
    onshien-navi-search={(event) => console.log(event.detail.results.toFixed())}
  />
);

// @ts-expect-error -- records is read-only: not a prop
export const readOnly = <shien-navi records={[]} />;
