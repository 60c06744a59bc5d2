/**
 * The tools (registry.ts), handed down by the screens that list or open them (the case overview,
 * the tool route) to the parts every tool screen shares (the next step, the PDF button). Why a
 * context and not an import: the registry loads every tool, and every tool's screen uses those
 * shared parts, so importing it there would make an import cycle (Biome's noImportCycles).
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ToolId } from '../../content/types';
import { adviceReport } from '../pdf/advice-report';
import type { ReportSources } from '../pdf/collect-report';
import type { ToolFeature } from './types';

export type ToolRegistry = Readonly<Record<ToolId, ToolFeature>>;

export const ToolsContext = createContext<ToolRegistry | null>(null);

/** The tools, as provided by the screen above. */
export function useTools(): ToolRegistry {
  const tools = useContext(ToolsContext);
  if (!tools) throw new Error('useTools() outside <ToolsContext.Provider>');
  return tools;
}

/** What the PDF is made from: each tool's report builder, and the "5 gode råd" after a whole case. */
export function reportSources(tools: ToolRegistry): ReportSources {
  const loaders = Object.fromEntries(
    Object.entries(tools).map(([id, feature]) => [id, feature.loadReport]),
  ) as ReportSources['tools'];
  return { tools: loaders, closing: adviceReport };
}
