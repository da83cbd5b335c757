// The receipt's `updates` (docs/protocol.md): what became of the address an answer gave for news
// by e-mail. `confirmation`: news goes to it once it is confirmed, and a mail asking for that is on
// its way unless the address was confirmed before (the receiver does not say which, so a receipt
// tells nobody anything about an address they typed); `off`: this receiver sends no e-mail.
export const RECEIPT_UPDATES = ['confirmation', 'off'] as const;
export type ReceiptUpdates = (typeof RECEIPT_UPDATES)[number];

export const isReceiptUpdates = (value: unknown): value is ReceiptUpdates =>
  (RECEIPT_UPDATES as readonly unknown[]).includes(value);
