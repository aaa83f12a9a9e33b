// The inkjs runtime with its real types. inkjs's ESM type entry uses extensionless
// re-exports that NodeNext cannot follow, so the types come from its CommonJS declarations.
// The runtime comes from inkjs's engine modules rather than its single-file build, so that
// lazy-story.ts can reach the same classes (Container, JsonSerialisation) the Story uses.
import { InkList as InkListClass } from 'inkjs/engine/InkList';
import { Story as StoryClass } from 'inkjs/engine/Story';

export const Story = StoryClass;
export type Story = StoryClass;
export const InkList = InkListClass;
export type InkList = InkListClass;

// Speed: inkjs keys its lists on JSON strings and parses the JSON back into a new item every
// time a list is read (`fromSerializedKey`), and stringifies an item every time it is looked
// up (`serialized`). The story reads its lists (command, secrets, evidence...) on almost every
// line, so both showed in profiles of a turn. Items are never changed after construction, so
// both answers can be kept: the same key always gives an equal item, and an item always gives
// the same key. The class is reached through an empty list's `maxItem`, because inkjs does
// not export it.
interface ListItem {
  originName: string | null;
  itemName: string | null;
  serialized(): string;
}
interface ListItemClass {
  fromSerializedKey(key: string): ListItem;
  prototype: ListItem;
}
const itemClass = (new InkList() as unknown as { maxItem: { Key: { constructor: ListItemClass } } }).maxItem.Key.constructor;
if (!(itemClass as unknown as { __insurrectionFast?: boolean }).__insurrectionFast) {
  (itemClass as unknown as { __insurrectionFast?: boolean }).__insurrectionFast = true;
  const parse = itemClass.fromSerializedKey.bind(itemClass);
  const items = new Map<string, ListItem>();
  itemClass.fromSerializedKey = (key: string): ListItem => {
    let item = items.get(key);
    if (item === undefined) {
      item = parse(key);
      items.set(key, item);
    }
    return item;
  };
  const keyOf = itemClass.prototype.serialized;
  itemClass.prototype.serialized = function serialized(this: ListItem & { __key?: string }): string {
    if (this.__key === undefined) this.__key = keyOf.call(this);
    return this.__key;
  };
}
