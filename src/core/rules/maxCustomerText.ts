/** The most characters a customer detail (email, name, an address line…) may have, trimmed. */
export const maxCustomerText = 200;
