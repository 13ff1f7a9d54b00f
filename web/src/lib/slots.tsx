import { Component, Suspense, type ComponentType, type ErrorInfo, type ReactNode } from 'react';

/**
 * Extension points. Features do not import each other: a page renders a slot (`<lessonAside.Render ... />`) where
 * another feature may add something, and the app decides what fills it (src/app/slots.tsx). An unfilled slot renders
 * nothing. What fills a slot is optional to its host page, so it may load lazily (a Suspense of its own, showing
 * nothing meanwhile) and, should it fail, it disappears rather than taking the page down with it.
 */
export type Slot<Props extends object> = {
  readonly name: string;
  /** Renders whatever fills the slot with these props, or nothing. */
  readonly Render: ComponentType<Props>;
  /** Called once, by the app, before anything renders. */
  readonly fill: (component: ComponentType<Props>) => void;
};

export function defineSlot<Props extends object = Record<string, never>>(name: string): Slot<Props> {
  let Filling: ComponentType<Props> | null = null;

  function Render(props: Props) {
    if (!Filling) return null;
    return (
      <SlotBoundary name={name}>
        <Suspense fallback={null}>
          <Filling {...props} />
        </Suspense>
      </SlotBoundary>
    );
  }
  Render.displayName = `Slot(${name})`;

  return {
    name,
    Render,
    fill: (component) => {
      Filling = component;
    },
  };
}

/** An optional part that failed is left out; the host page stays (the error still reaches the console). */
class SlotBoundary extends Component<{ name: string; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`The "${this.props.name}" slot failed and is hidden.`, error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}

// The slots of the app. Their props are the contract between the page that renders one and what fills it.

/** The home page, below the hero: personal recommendations (signed-in people only). */
export const homeRecommendations = defineSlot('homeRecommendations');
/** The course completion screen: what to take next after this course. */
export const nextCourses = defineSlot<{ courseId: string }>('nextCourses');
/** The lesson player, below the lesson: help while studying (the course tutor). */
export const lessonAside = defineSlot<{ courseId: string; lessonId: string }>('lessonAside');
/** The lesson editor, below the form: tools for the lesson's instructor (generating a quiz from the lesson). */
export const lessonEditorTools = defineSlot<{ courseId: string; lessonId: string; lessonType: string }>('lessonEditorTools');
/** The course statistics page, at the end: more about the course's learners (who needs support). */
export const courseStatsExtra = defineSlot<{ courseId: string }>('courseStatsExtra');
