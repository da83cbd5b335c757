// Arabic strings of the receipt: the keys of ../da/receipt.ts.
import type { ReceiptMessages } from '../da/receipt';

export const receipt: ReceiptMessages = {
  next: 'ماذا يحدث الآن؟',
  readsAll: 'تقرأ البلدية كل الردود التي تصلها.',
  deadline: 'يمكنك الرد حتى {date}. بعد ذلك تراجع البلدية كل الردود.',
  followHere:
    'عندما تنظر البلدية في ردّك، يمكنك أن ترى حالته ورد البلدية هنا على الصفحة تحت "ردودك".',
  newsHere: 'ستظهر أخبار هذا التحدي هنا على الصفحة.',
  keepReference: 'احتفظ بالرقم المرجعي إذا أردت أن تسأل البلدية عن ردّك.',
  contact: 'إذا كانت لديك أسئلة، يمكنك التواصل مع {contact}.',
};
