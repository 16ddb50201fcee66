/** How many days after today (UTC) a contract may start at the latest. */
export const maxStartDays = 365;
