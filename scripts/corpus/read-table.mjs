/** Reads every record of a table of the extension's database, from an extension page. */
export async function readTable(page, table) {
  return page.evaluate(
    (name) =>
      new Promise((done, fail) => {
        const open = indexedDB.open("prospect-scout");
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) return done([]);
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => done(request.result);
          request.onerror = () => fail(request.error);
        };
      }),
    table,
  );
}
