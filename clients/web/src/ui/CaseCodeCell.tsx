import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router';

/** The cell of a list's row that names its case: the case's code, linking to the case's page. */
export function CaseCodeCell({ id, code }: { id: string | undefined; code: string | undefined }) {
  return (
    <Table.Td>
      <Anchor component={Link} to={`/cases/${id}`}>
        {code}
      </Anchor>
    </Table.Td>
  );
}
