// A TypeDoc plugin (loaded by typedoc.json): a project document whose front matter has a
// `title` is named by it, instead of by its file name (TypeDoc 0.28 names `index.md` "index").
import { Converter } from "typedoc";

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DOCUMENT, (_context, doc) => {
    const title = doc.frontmatter["title"];
    if (typeof title === "string" && title.trim() !== "") doc.name = title.trim();
  });
}
