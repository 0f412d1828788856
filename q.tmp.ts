import { openDatabase } from "./db/client";
const h = await openDatabase({ dataDir: "/tmp/dev1/pglite" });
console.log(await h.db.execute("select sector, size_band, count(*) from organisations group by 1,2 order by 1,2"));
await h.close();
