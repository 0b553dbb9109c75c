// What readers wrote under the demo's blog posts, as the public comment form receives it, and
// where each comment ends up after the post's author has moderated it.

export interface ReaderSeed {
  name: string;
  /** On a reserved domain (example.com, example.org, example.net), so no mail reaches anyone. */
  email: string;
  website?: string;
  /** Asks to be mailed about replies. */
  notify?: boolean;
}

export interface CommentSeed {
  key: string;
  post: string;
  /** A reader, or 'author': a staff reply from the recruiter who wrote the post. */
  by: ReaderSeed | 'author';
  /** The comment answered; it must be approved and earlier. */
  replyTo?: string;
  /** When it was written, in hours after the post went out. */
  hoursAfter: number;
  /** Where it ends up: held for a first-time commenter, approved by the author, or spam. */
  status: 'approved' | 'pending' | 'spam';
  body: string;
}

const reader = (name: string, email: string, extra: Omit<ReaderSeed, 'name' | 'email'> = {}): ReaderSeed => ({
  name,
  email,
  ...extra,
});

const dana = reader('Dana Whitfield', 'dana.whitfield@example.com', { notify: true });
const kwame = reader('Kwame Asante', 'kwame.asante@example.org', {
  website: 'https://kwame-asante.example.org',
  notify: true,
});
const marguerite = reader('Marguerite Leblanc', 'm.leblanc@example.com', {
  website: 'https://margueriteleblanc.example.com',
  notify: true,
});

/**
 * Oldest first within each post. Replies to readers who asked for reply mail avoid the words
 * the demo promises never to mail about (interviews, practice), since that mail is queued.
 */
export const COMMENTS: readonly CommentSeed[] = [
  {
    key: 'dana-job-ad',
    post: 'job-ad',
    by: dana,
    hoursAfter: 20,
    status: 'approved',
    body: 'This is me exactly. I have skipped so many jobs because I had six of the ten bullets. I applied to two last week after reading this. Fingers crossed!',
  },
  {
    key: 'priya-dana',
    post: 'job-ad',
    by: 'author',
    replyTo: 'dana-job-ad',
    hoursAfter: 26,
    status: 'approved',
    body: 'Good luck, Dana! If either of them goes quiet for more than a week, a short, polite follow-up email is completely fine. Let us know how it goes.',
  },
  {
    key: 'kwame-job-ad',
    post: 'job-ad',
    by: kwame,
    hoursAfter: 49,
    status: 'approved',
    body: 'Useful breakdown. What do you make of ads that do not list any pay at all? I tend to skip them because I do not want to waste anyone’s time.',
  },
  {
    key: 'lucia-kwame',
    post: 'job-ad',
    by: reader('Lucía Romero', 'lucia.romero@example.net'),
    replyTo: 'kwame-job-ad',
    hoursAfter: 75,
    status: 'approved',
    body: 'Not the author, but I now just ask the recruiter for the range before applying. Most of the time they tell you straight away, and if they will not, that tells you something too.',
  },
  {
    key: 'essay-spam',
    post: 'job-ad',
    by: reader('Best Essays Online', 'promo@bestessays.example.net', {
      website: 'https://bestessays.example.net',
    }),
    hoursAfter: 300,
    status: 'spam',
    body: 'Cheap essay writing service!!! Resumes, cover letters, dissertations from $5 a page. Order now at https://bestessays.example.net or https://cheap-essays.example.net, 24/7 support at www.essay-help.example.net',
  },
  {
    key: 'tomasz-resume',
    post: 'resume-skim',
    by: reader('Tomasz Nowak', 'tomasz.nowak@example.com', { notify: true }),
    hoursAfter: 9,
    status: 'approved',
    body: 'Should I still include a photo? Back home in Poland everyone does, and my resume looks empty to me without one.',
  },
  {
    key: 'marcus-tomasz',
    post: 'resume-skim',
    by: 'author',
    replyTo: 'tomasz-resume',
    hoursAfter: 14,
    status: 'approved',
    body: 'Here I would leave it off, Tomasz. Most employers in Canada and the US prefer resumes without photos, and some systems strip them out anyway. Use the space for one more strong result instead.',
  },
  {
    key: 'grace-resume',
    post: 'resume-skim',
    by: reader('Grace Okafor', 'grace.okafor@example.org'),
    hoursAfter: 31,
    status: 'approved',
    body: 'What about gaps? I took two years out to care for my dad. I have been putting “Family care leave” on its own line with the dates. Is that okay?',
  },
  {
    key: 'dana-resume',
    post: 'resume-skim',
    by: dana,
    hoursAfter: 120,
    status: 'approved',
    body: 'Came back to say I rewrote my summary using the payroll example as a template and got a call back the same week. Thank you!',
  },
  {
    key: 'ben-resume',
    post: 'resume-skim',
    by: reader('Ben Carter', 'ben.carter@example.com'),
    hoursAfter: 2200,
    status: 'pending',
    body: 'Is a two-page resume ever okay? I have twenty years in logistics and cutting it down to one page feels impossible.',
  },
  {
    key: 'marguerite-change',
    post: 'career-change',
    by: marguerite,
    hoursAfter: 15,
    status: 'approved',
    body: 'I moved from teaching into learning design last year and the bridge role idea is exactly what worked for me. Nobody cared about my lesson plans, but they loved that I could explain hard things simply.',
  },
  {
    key: 'sam-marguerite',
    post: 'career-change',
    by: reader('Sam Whitlock', 'sam.whitlock@example.org', { notify: true }),
    replyTo: 'marguerite-change',
    hoursAfter: 40,
    status: 'approved',
    body: 'That is encouraging. Did you take a pay cut when you switched? I am a high school teacher looking at the same move.',
  },
  {
    key: 'marguerite-sam',
    post: 'career-change',
    by: marguerite,
    replyTo: 'sam-marguerite',
    hoursAfter: 52,
    status: 'approved',
    body: 'A small one for the first year, then I was ahead by the second. Build a short portfolio of two or three sample modules before you apply; it made all the difference for me.',
  },
  {
    key: 'topgrade-change',
    post: 'career-change',
    by: reader('Jenny at TopGrade', 'jenny@topgrade-papers.example.net', {
      website: 'https://topgrade-papers.example.net',
    }),
    hoursAfter: 500,
    status: 'spam',
    body: 'Great post, very informative! Struggling with your cover letter? Our expert writers offer cheap essay writing and resume services at https://topgrade-papers.example.net',
  },
  {
    key: 'seun-change',
    post: 'career-change',
    by: reader('Oluwaseun Adeyemi', 'seun.adeyemi@example.com'),
    hoursAfter: 1180,
    status: 'pending',
    body: 'Does a short online course count as closing a gap, or do employers only look at paid experience? I am moving from retail banking into data analysis.',
  },
  {
    key: 'imani-yourself',
    post: 'tell-me-about-yourself',
    by: reader('Imani Brooks', 'imani.brooks@example.org', { notify: true }),
    hoursAfter: 30,
    status: 'approved',
    body: 'Present, past, future is so simple I cannot believe I never thought of it. My answer used to start in high school. Trying the two-minute version this Thursday.',
  },
  {
    key: 'petra-yourself',
    post: 'tell-me-about-yourself',
    by: reader('Petra Lindqvist', 'petra.lindqvist@example.com', {
      website: 'https://petralindqvist.example.com',
    }),
    hoursAfter: 330,
    status: 'pending',
    body: 'Would you write one about video calls next? I never know where to look, and the awkward pause at the start throws me every time.',
  },
];
