/** Privileges on the hub schema, re-applied by every bootstrap (roles may be new). */
export function hubGrants(roles: {
  cases: string;
  others: string[];
  statistics: string;
  /** The owners of the directories a reference is checked against. */
  partners: string;
  services: string;
}): string[] {
  const all = [roles.cases, ...roles.others].map((role) => `"${role}"`).join(', ');
  // The statistics role reads no case data here: it only appends to the access log (each export
  // is recorded there). Its facts come from the views the owning subgraphs grant it.
  const statistics = `"${roles.statistics}"`;
  return [
    // append_access_log reads the chain's last hash (by id): those two columns, nothing else.
    `grant select (id, hash), insert on hub.access_log to ${statistics}`,
    `grant usage on sequence hub.access_log_id_seq to ${statistics}`,
    `grant execute on function hub.append_access_log(jsonb) to ${statistics}`,
    `grant select on hub.consent_grant, hub.case_seal, hub.break_glass to ${all}`,
    `grant insert, update on hub.consent_grant, hub.case_seal, hub.break_glass to "${roles.cases}"`,
    `grant select, insert on hub.access_log, hub.event, hub.case_history to ${all}`,
    `grant usage on sequence hub.event_id_seq to ${all}`,
    `grant select, insert, update, delete on hub.idempotency_key to ${all}`,
    `grant select, insert, delete on hub.token_use to ${all}, ${statistics}`,
    `grant usage on sequence hub.access_log_id_seq to ${all}`,
    `grant execute on function hub.append_access_log(jsonb), hub.access_log_content(timestamptz, text, text, text, text, text, uuid, text, text[], text, boolean, text[]) to ${all}`,
    `revoke update, delete, truncate on hub.access_log, hub.case_history from ${all}`,
    `grant select on hub.partner_directory, hub.service_directory to ${all}`,
    `grant insert, update, delete on hub.partner_directory to "${roles.partners}"`,
    `grant insert, update, delete on hub.service_directory to "${roles.services}"`,
  ];
}
