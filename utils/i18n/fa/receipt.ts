// Farsi strings of the receipt: the keys of ../da/receipt.ts.
import type { ReceiptMessages } from '../da/receipt';

export const receipt: ReceiptMessages = {
  next: 'حالا چه می‌شود؟',
  readsAll: 'شهرداری همهٔ پاسخ‌هایی را که می‌رسد می‌خواند.',
  deadline: 'تا {date} می‌توانید پاسخ دهید. پس از آن شهرداری همهٔ پاسخ‌ها را بررسی می‌کند.',
  followHere:
    'وقتی شهرداری پاسخ شما را دید، وضعیت آن و جواب شهرداری را همین‌جا در صفحه زیر «پاسخ‌های شما» می‌بینید.',
  newsHere: 'خبرهای این چالش همین‌جا در صفحه می‌آید.',
  keepReference: 'اگر می‌خواهید دربارهٔ پاسخ خود از شهرداری بپرسید، شمارهٔ پیگیری را نگه دارید.',
  contact: 'اگر سؤالی دارید، با {contact} تماس بگیرید.',
};
