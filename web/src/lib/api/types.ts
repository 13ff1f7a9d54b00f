// Short names for the generated schemas the screens use most.
import type { components as AuthComponents } from './schema/auth';
import type { components as CoursesComponents } from './schema/courses';

export type AuthSchemas = AuthComponents['schemas'];
export type CoursesSchemas = CoursesComponents['schemas'];

export type User = AuthSchemas['UserResponse'];
export type TokenResponse = AuthSchemas['TokenResponse'];
export type CourseSummary = CoursesSchemas['CourseSummary'];
export type CourseDetail = CoursesSchemas['CourseDetail'];
export type Price = CoursesSchemas['PriceView'];
export type Role = 'learner' | 'instructor' | 'admin';
