import { openDatabase } from '../../server/data/db';
import { describeReceiver } from './receiver-suite';

describeReceiver('PGlite (in memory)', async () => {
  const db = await openDatabase({ kind: 'memory' });
  return { db, close: () => db.close() };
});
