import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { User } from '../api/types';

export const USERS_KEY = ['users'] as const;

export const useUsers = () => useQuery({ queryKey: USERS_KEY, queryFn: () => api<User[]>('/api/users') });
