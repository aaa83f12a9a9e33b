// The inkjs runtime with its real types. inkjs's ESM type entry uses extensionless
// re-exports that NodeNext cannot follow, so the types come from its CommonJS declarations.
import * as inkRuntime from 'inkjs';
import type { Story as StoryClass } from 'inkjs/engine/Story';
import type { InkList as InkListClass } from 'inkjs/engine/InkList';

export const Story = inkRuntime.Story as unknown as typeof StoryClass;
export type Story = StoryClass;
export const InkList = inkRuntime.InkList as unknown as typeof InkListClass;
export type InkList = InkListClass;
