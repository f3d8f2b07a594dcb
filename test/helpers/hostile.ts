// Issue text full of markup and XML breakers, to prove content is always text.
import { seedText } from './seed.ts';

export const HOSTILE = `<script>alert("x")</script> & ]]> "quoted" 'single' <img src=x onerror=alert(2)>`;

/** Issue 56 with hostile text in titles, summary, comment and abstract of paper 1. */
export function hostileIssue(): string {
  return seedText()
    .replace('1. 临床元数据与', `1. ${HOSTILE} 临床元数据与`)
    .replace('英文标题:Deep integration', `英文标题:${HOSTILE} Deep integration`)
    .replace('目的:开发整合', `目的:${HOSTILE} 开发整合`)
    .replace('这类多模态肺癌工作说明', `${HOSTILE} 这类多模态肺癌工作说明`)
    .replace('PURPOSE: To develop', `PURPOSE: ${HOSTILE} To develop`);
}
