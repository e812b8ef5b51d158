'use client'; // Next.js App Router: a client component (importing it on the server is safe too).

// React 19 passes attributes, properties and `on<event>` listeners to custom elements as they are.
import { useState } from 'react';
import 'shien-navi'; // registers <shien-navi> in the browser
import type {} from 'shien-navi/react'; // types the tag, its props and events in JSX
import type { Flow, ShienNaviErrorDetail } from 'shien-navi';

interface Props {
  /** 市町村名 or 6-digit code, e.g. the one your page is about. */
  municipality: string;
  /** Your own decision tree, if you have one (see schema/flow.schema.json). */
  flow?: Flow;
}

export function SupportNavi({ municipality, flow }: Props) {
  const [found, setFound] = useState<number | undefined>();
  const [problem, setProblem] = useState<ShienNaviErrorDetail | undefined>();

  return (
    <section aria-label="支援情報">
      <shien-navi
        src="/opendata/seido.csv"
        municipality={municipality}
        lang="ja"
        scheme="auto"
        flow={flow}
        onshien-navi-ready={(event) => setFound(event.detail.records)}
        onshien-navi-error={(event) => setProblem(event.detail)}
      />
      {/* For the site's own logs or a notice to the editor: counts only, never what a person typed. */}
      {found !== undefined && <p>{found} 件の制度を読み込みました。</p>}
      {problem && <p>データを読み込めませんでした（{problem.kind}）。</p>}
    </section>
  );
}
