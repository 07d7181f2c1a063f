/** The open card's environment, shared by its sections without threading it through every prop. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { CardEnv } from './types.ts';

export const CardEnvContext = createContext<CardEnv | null>(null);

export function useCardEnv(): CardEnv {
  const env = useContext(CardEnvContext);
  if (!env) throw new Error('card sections must be rendered inside <MentionCard>');
  return env;
}
