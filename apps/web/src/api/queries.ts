import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type {
  AnnualList,
  AuditEntry,
  Body,
  Dashboard,
  Initiative,
  ListPage,
  Me,
  Meeting,
  MeetingSummary,
  Municipality,
} from './types';

export const keys = {
  me: ['me'] as const,
  bodies: ['bodies'] as const,
  municipality: ['municipality'] as const,
  dashboard: ['dashboard'] as const,
  list: (query: string) => ['initiatives', query] as const,
  initiative: (id: string) => ['initiative', id] as const,
  audit: (id: string) => ['audit', id] as const,
  annualList: (year: number) => ['annual-list', year] as const,
  /** A body's meetings; `year` null: every year. */
  meetings: (bodyId: string, year: number | null) => ['meetings', bodyId, year] as const,
  meeting: (id: string) => ['meeting', id] as const,
};

export const useMe = () => useQuery({ queryKey: keys.me, queryFn: () => api<Me>('/api/me'), retry: false });

export const useBodies = () =>
  useQuery({ queryKey: keys.bodies, queryFn: () => api<Body[]>('/api/bodies'), staleTime: 60_000 });

export const useMunicipality = () =>
  useQuery({
    queryKey: keys.municipality,
    queryFn: () => api<Municipality>('/api/municipality'),
    staleTime: 60_000,
  });

export const useDashboard = () =>
  useQuery({ queryKey: keys.dashboard, queryFn: () => api<Dashboard>('/api/dashboard') });

export const useInitiativeList = (query: string) =>
  useQuery({
    queryKey: keys.list(query),
    queryFn: () => api<ListPage>(`/api/initiatives?${query}`),
    placeholderData: (previous) => previous,
  });

export const useInitiative = (id: string) =>
  useQuery({ queryKey: keys.initiative(id), queryFn: () => api<Initiative>(`/api/initiatives/${id}`) });

export const useAuditLog = (id: string) =>
  useQuery({ queryKey: keys.audit(id), queryFn: () => api<AuditEntry[]>(`/api/initiatives/${id}/events`) });

/** A body's name, or its id while the list loads. */
export function useBodyName(): (id: string | null | undefined) => string {
  const { data } = useBodies();
  return (id) => (id ? (data?.find((body) => body.id === id)?.name ?? id) : '');
}

export const useAnnualList = (year: number) =>
  useQuery({ queryKey: keys.annualList(year), queryFn: () => api<AnnualList>(`/api/annual-lists/${year}`) });

export const useMeetings = (bodyId: string, year: number | null) =>
  useQuery({
    queryKey: keys.meetings(bodyId, year),
    queryFn: () =>
      api<MeetingSummary[]>(`/api/bodies/${bodyId}/meetings${year === null ? '' : `?year=${year}`}`),
    enabled: bodyId !== '',
  });

export const useMeeting = (id: string) =>
  useQuery({ queryKey: keys.meeting(id), queryFn: () => api<Meeting>(`/api/meetings/${id}`) });
