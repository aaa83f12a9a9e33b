// The story's events on screen: chapter headings, paragraphs with their speakers, the
// notices for loyalty and the Prime Directive, endings, and the pace between them.
import type { StoryEvent } from '../engine/events.js';
import { loyaltyNotice, primeDirectiveNotices } from './notices.js';
import { renderChapter, renderEnding, renderLine, renderNotice } from './render.js';
import type { Screen } from './screen.js';
import type { Theme } from './theme.js';

function wordCount(text: string): number {
  const t = text.trim();
  return t ? t.split(/\s+/).length : 0;
}

export class StoryView {
  /** A blank line is owed before the next paragraph. */
  gap = false;

  constructor(
    private readonly screen: Screen,
    private readonly theme: Theme,
  ) {}

  /** Shows events in order; `fast` skips the reading pace (a replayed route). */
  async show(events: readonly StoryEvent[], fast: boolean): Promise<void> {
    for (const event of events) await this.showEvent(event, fast);
  }

  private async showEvent(event: StoryEvent, fast: boolean): Promise<void> {
    const layout = this.screen.layout();
    const { theme } = this;
    switch (event.kind) {
      case 'chapter':
        this.screen.print();
        this.screen.print(renderChapter(event.number, event.title, theme, layout));
        this.screen.print();
        this.gap = false;
        if (!fast) await this.screen.pace(12);
        return;
      case 'checkpoint':
        return;
      case 'line':
        if (this.gap) this.screen.print();
        this.screen.print(renderLine(event, theme, layout));
        this.gap = true;
        if (!fast) await this.screen.pace(wordCount(event.text));
        return;
      case 'loyalty':
        this.screen.print(renderNotice(loyaltyNotice(event.officer, event.from, event.to), theme, layout));
        this.gap = true;
        return;
      case 'prime-directive':
        for (const notice of primeDirectiveNotices(event.from, event.to)) this.screen.print(renderNotice(notice, theme, layout));
        this.gap = true;
        return;
      case 'ending':
        this.screen.print();
        this.screen.print(renderEnding(event.title, theme, layout));
        this.gap = true;
        return;
      case 'story-error':
        this.screen.print(theme.error(`(story error: ${event.message})`));
        return;
      case 'choices':
        if (this.gap) this.screen.print();
        this.gap = false;
        return;
      case 'end':
        return;
      default: {
        const unhandled: never = event;
        throw new Error(`unhandled event ${JSON.stringify(unhandled)}`);
      }
    }
  }
}
