import { Card, Title } from '@mantine/core';

/** A titled section of the case page, labelled for assistive technology by its heading. */
export function Section(props: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Card withBorder component="section" className="case-section" aria-labelledby={props.id}>
      <Title order={2} size="h3" id={props.id} mb="xs">
        {props.title}
      </Title>
      {props.children}
    </Card>
  );
}
