import type { Post } from '../../../shared/blog.ts';
import { readingMinutes } from './reading.ts';

/** The schema.org BlogPosting that search engines read from a post page. */
export function blogPostingLd(p: Post, site: { name: string; publicUrl: string }) {
  const url = `${site.publicUrl}/blog/${p.slug}`;
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: p.title,
    ...(p.summary ? { description: p.summary } : {}),
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    datePublished: p.publishedAt,
    dateModified: p.updatedAt,
    ...(p.author ? { author: { '@type': 'Person', name: p.author.name } } : {}),
    publisher: { '@type': 'Organization', name: site.name, url: site.publicUrl },
    ...(p.cover ? { image: `${site.publicUrl}${p.cover.url}` } : {}),
    ...(p.tags.length ? { keywords: p.tags.join(', ') } : {}),
    timeRequired: `PT${readingMinutes(p.body)}M`,
  };
}
