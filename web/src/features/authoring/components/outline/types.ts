/** What the outline can ask for; the container (OutlineTab) sends it to the service, tests pass spies. */
export type OutlineActions = {
  reorderModules: (order: string[]) => void;
  reorderLessons: (moduleId: string, order: string[]) => void;
  moveLesson: (lessonId: string, moduleId: string) => void;
  addModule: (title: string) => Promise<boolean>;
  renameModule: (moduleId: string, title: string, description: string) => Promise<boolean>;
  deleteModule: (moduleId: string) => void;
  addLesson: (moduleId: string, title: string, type: string) => Promise<boolean>;
  deleteLesson: (lessonId: string) => void;
};
