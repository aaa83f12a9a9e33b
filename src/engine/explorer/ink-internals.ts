// The parts of inkjs 2.4.0's runtime the explorer reaches past the public API for: the
// compiled content tree, and the fields of a story state it copies and compares. One file,
// so a new inkjs version has one place to check (tests/engine/explorer-fork.test.ts
// compares a restored state with ink's own save format, and fails if these drift).
import type { Story } from '../ink.js';

/** inkjs ControlCommand.CommandType values (engine/ControlCommand.js). */
export const Command = {
  Turns: 11,
  TurnsSince: 12,
  ReadCount: 13,
  Random: 14,
  SeedRandom: 15,
  VisitIndex: 16,
  SequenceShuffleIndex: 17,
  StartThread: 18,
  Done: 19,
  End: 20,
  ListRandom: 23,
  BeginTag: 24,
  EndTag: 25,
  PopFunction: 5,
  PopTunnel: 6,
} as const;

/** inkjs ValueType values (engine/Value.js). */
export const ValueKind = { Bool: -1, Int: 0, Float: 1, List: 2, String: 3, DivertTarget: 4, VariablePointer: 5 } as const;

export interface InkPath {
  toString(): string;
  readonly componentsString: string;
}

export interface InkObject {
  parent: InkObject | null;
  readonly path: InkPath;
}

export interface InkContainer extends InkObject {
  readonly content: InkObject[];
  readonly namedContent: Map<string, InkObject>;
  readonly name: string | null;
  visitsShouldBeCounted: boolean;
  turnIndexShouldBeCounted: boolean;
  countingAtStartOnly: boolean;
  ContentAtPath(path: InkPath): { obj: InkObject | null; readonly container: InkContainer | null };
}

export interface InkPointer {
  container: InkContainer | null;
  index: number;
  readonly isNull: boolean;
  copy(): InkPointer;
}

export interface InkDivert extends InkObject {
  readonly targetPointer: InkPointer;
  readonly targetPath: InkPath | null;
  readonly variableDivertName: string | null;
  readonly pushesToStack: boolean;
  readonly isExternal: boolean;
  readonly isConditional: boolean;
}

export interface InkChoicePoint extends InkObject {
  readonly choiceTarget: InkContainer | null;
  readonly onceOnly: boolean;
  readonly isInvisibleDefault: boolean;
}

export interface InkValue extends InkObject {
  readonly value: unknown;
  readonly valueType: number;
}

export interface InkElement {
  currentPointer: InkPointer;
  inExpressionEvaluation: boolean;
  temporaryVariables: Map<string, InkValue>;
  type: number;
}

export interface InkThread {
  callstack: InkElement[];
  threadIndex: number;
  previousPointer: InkPointer;
  Copy(): InkThread;
}

export interface InkChoice {
  sourcePath: string;
  targetPath: InkPath;
  text: string;
  index: number;
  tags: string[] | null;
  originalThreadIndex: number;
  isInvisibleDefault: boolean;
  threadAtGeneration: InkThread;
  Clone(): InkChoice;
}

export interface InkCallStack {
  _threads: InkThread[];
  _threadCounter: number;
}

export interface InkVariables {
  _globalVariables: Map<string, InkValue>;
  patch: unknown;
  _defaultGlobalVariables: Map<string, InkValue>;
  SetGlobal(name: string, value: InkValue): void;
}

export interface InkState {
  _currentFlow: { callStack: InkCallStack; currentChoices: InkChoice[]; outputStream: InkObject[] };
  _namedFlows: Map<string, unknown> | null;
  _patch: unknown;
  _visitCounts: Map<string, number>;
  _turnIndices: Map<string, number>;
  _evaluationStack: InkObject[];
  readonly variablesState: InkVariables;
  divertedPointer: InkPointer;
  currentTurnIndex: number;
  storySeed: number;
  previousRandom: number;
  didSafeExit: boolean;
  readonly canContinue: boolean;
  readonly currentErrors: string[] | null;
  readonly currentWarnings: string[] | null;
  readonly currentTags: string[];
  readonly callStack: InkCallStack & { readonly canPopThread: boolean; readonly elementIsEvaluateFromGame: boolean; CanPop(type: number): boolean; readonly canPop: boolean };
  OutputStreamDirty(): void;
  ResetErrors(): void;
}

export interface InkRuntime {
  readonly mainContentContainer: InkContainer;
  readonly state: InkState;
  _stateSnapshotAtLastNewline: unknown;
  allowExternalFunctionFallbacks: boolean;
  Step(): void;
  TryFollowDefaultInvisibleChoice(): boolean;
  AddError(message: string, isWarning?: boolean, useEndLineNumber?: boolean): void;
  ValidateExternalBindings(): void;
  VisitContainer(container: InkContainer, atStart: boolean): void;
  ChooseChoiceIndex(index: number): void;
  KnotContainerWithName(name: string): InkContainer | null;
}

export function runtime(story: Story): InkRuntime {
  return story as unknown as InkRuntime;
}

/**
 * inkjs hands out its variables state wrapped in a Proxy (so that `variablesState["x"]`
 * reads a variable), and reaches it through that Proxy itself on every variable access.
 * The explorer's own story needs no such access: give its state the object inside. A getter
 * defined through the Proxy lands on that object and, read back, returns it.
 */
export function unwrapVariables(story: Story): void {
  const st = runtime(story).state as unknown as { _variablesState: object };
  const vs = st._variablesState;
  // (`in`, unlike getOwnPropertyDescriptor, is not trapped: it asks the object inside.)
  if ('__target' in vs) return;
  Object.defineProperty(vs, '__target', {
    get(this: object) {
      return this;
    },
  });
  const target = (vs as { __target?: object }).__target;
  if (target && target !== vs) st._variablesState = target;
}

// The bundled inkjs exports only Story and InkList, with minified class names, so runtime
// objects are told apart by the fields each class (and only that class) owns.
export const isContainer = (o: unknown): o is InkContainer => typeof o === 'object' && o !== null && '_content' in o && 'namedContent' in o;
export const isDivert = (o: unknown): o is InkDivert => typeof o === 'object' && o !== null && '_targetPointer' in o && 'pushesToStack' in o;
export const isChoicePoint = (o: unknown): o is InkChoicePoint => typeof o === 'object' && o !== null && '_pathOnChoice' in o;
export const isCommand = (o: unknown): o is InkObject & { readonly commandType: number } => typeof o === 'object' && o !== null && '_commandType' in o;
export const isVariableReference = (o: unknown): o is InkObject & { readonly name: string | null; readonly containerForCount: InkContainer | null; readonly pathForCount: InkPath | null } =>
  typeof o === 'object' && o !== null && 'pathForCount' in o;
export const isVariableAssignment = (o: unknown): o is InkObject & { readonly variableName: string; readonly isGlobal: boolean } =>
  typeof o === 'object' && o !== null && 'variableName' in o && 'isGlobal' in o;
export const isNativeCall = (o: unknown): o is InkObject & { readonly name: string } => typeof o === 'object' && o !== null && '_numberOfParameters' in o;
export const isValue = (o: unknown): o is InkValue => typeof o === 'object' && o !== null && 'value' in o && 'valueType' in (Object.getPrototypeOf(o) as object);
export const isTag = (o: unknown): o is InkObject & { readonly text: string } =>
  typeof o === 'object' && o !== null && 'text' in o && !('value' in o) && !('threadAtGeneration' in o);

/** Every object a container holds: its indexed content, then the named-only children. */
export function childrenOf(c: InkContainer): InkObject[] {
  const out: InkObject[] = [...c.content];
  const indexed = new Set<InkObject>(c.content);
  for (const child of c.namedContent.values()) if (!indexed.has(child)) out.push(child);
  return out;
}
