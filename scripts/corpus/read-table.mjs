/** Reads every record of a table of the extension's database, from an extension page. */
export async function readTable(page, table) {
  return page.evaluate(
    (name) =>
      new Promise((done, fail) => {
        const open = indexedDB.open("prospect-scout");
        // No database yet: do not create an empty one under the extension's feet.
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => (open.error?.name === "AbortError" ? done([]) : fail(open.error));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            return done([]);
          }
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            db.close();
            done(request.result);
          };
          request.onerror = () => fail(request.error);
        };
      }),
    table,
  );
}
