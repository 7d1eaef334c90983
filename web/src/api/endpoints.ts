// Typed calls for each endpoint the app uses; one line each, so a screen reads
// `getPlan()` instead of URLs. Bodies and answers are the server's contract (./types.ts).
import { request, type RequestOptions } from './client.js';
import type { Feedback } from '../../../src/engine/model.js';
import type { HistoryPage, LooseSet, LooseSetBody, LoginBody, Me, PlanEdit, PlanView, ProfileBody, ProfileView, RegisterBody, Round, RoundBody, User, Warning } from './types.js';

export const getMe = (opts?: RequestOptions) => request<Me>('GET', '/me', undefined, opts);
export const register = (body: RegisterBody) => request<{ user: User }>('POST', '/auth/register', body);
export const login = (body: LoginBody) => request<{ user: User }>('POST', '/auth/login', body);
export const logout = () => request<void>('POST', '/auth/logout', {});
export const logoutEverywhere = () => request<{ sessionsEnded: number; tokensRevoked: number }>('POST', '/auth/logout-everywhere', {});

export const getProfile = (opts?: RequestOptions) => request<{ profile: ProfileView | null }>('GET', '/profile', undefined, opts);
export const putProfile = (body: ProfileBody) => request<{ profile: ProfileView }>('PUT', '/profile', body);

export const getPlan = (opts?: RequestOptions) => request<{ plan: PlanView | null }>('GET', '/plan', undefined, opts);
export const generatePlan = () => request<{ plan: PlanView }>('POST', '/plan/generate', {});
export const putPlan = (body: PlanEdit) => request<{ plan: PlanView }>('PUT', '/plan', body);

export const getHistory = (before?: string, limit = 100, opts?: RequestOptions) =>
  request<HistoryPage>('GET', `/history?limit=${limit}${before ? `&before=${encodeURIComponent(before)}` : ''}`, undefined, opts);

/** Idempotent on body.id: 201 when stored, 200 when it already was (a retry). */
export const postCombo = (body: RoundBody, opts?: RequestOptions) =>
  request<{ log: Round; warnings: Warning[] }>('POST', '/combos', body, opts);

/** A set outside any combo (an own lift or an accessory); idempotent on body.id as rounds are. */
export const postSet = (body: LooseSetBody, opts?: RequestOptions) => request<{ set: LooseSet }>('POST', '/sets', body, opts);
export const putFeedback = (roundId: string, feedback: Feedback, opts?: RequestOptions) => request<{ feedback: Feedback }>('PUT', `/combos/${roundId}/feedback`, feedback, opts);
