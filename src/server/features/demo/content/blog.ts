import { demoEmail } from '../people.ts';

// The demo's blog: advice for job seekers written by the demo recruiters (what readers said under
// it is in blog-comments.ts). Plain data; seed-blog.ts posts it through the staff API.

export interface PostSeed {
  key: string;
  /** A RECRUITERS email: the author, who also moderates and answers the post's comments. */
  author: string;
  title: string;
  summary: string;
  tags: readonly string[];
  /** Markdown. */
  body: string;
  status: 'published' | 'draft' | 'scheduled';
  /** Published: days since it went out. Draft or scheduled: days since it was last edited. */
  daysAgo: number;
  /** Scheduled only: days from now until it goes out. */
  publishInDays?: number;
}

const priya = demoEmail('priya.raman');
const marcus = demoEmail('marcus.bell');
const elise = demoEmail('elise.tremblay');

export const POSTS: readonly PostSeed[] = [
  {
    key: 'job-ad',
    author: priya,
    title: 'How to read a job ad: the must-haves and the wish list',
    summary:
      'Most job ads mix the few things a hiring manager truly needs with a longer list of nice-to-haves. Here is how to tell them apart, and why you should apply more often than you think.',
    tags: ['Job search', 'Hiring'],
    status: 'published',
    daysAgo: 142,
    body: `Every week someone tells me they did not apply for a role because they "only" matched six of the ten bullet points. Nearly every time, they would have been a strong candidate. Job ads are written by busy people, often by copying last year's ad and adding whatever the team wished it had. Learning to read them is one of the most useful job-search skills there is.

## Find the two or three real requirements

Start with the first few lines of the responsibilities. That is usually where the hiring manager wrote what the job actually is, day to day. Then look for anything that is a legal or safety condition:

- a licence or registration (a nursing licence, a forklift ticket, a CPA designation),
- a background or police check,
- a right to work in the country, or a shift pattern you must be able to do.

Those are real. Almost everything else is negotiable.

## Spot the wish list

Phrases such as "ideally", "a plus", "exposure to" and "familiarity with" are a manager telling you what would be lovely, not what is required. Long lists of software are another clue: nobody expects you to know all eleven tools, they expect you to learn the ones they use.

Years of experience are softer than they look, too. "Five years" often means "someone who can work without close supervision". If you can show that with three years and good examples, say so.

## Read what the ad says about the team

The description of the team and the company tells you what they worry about. An ad that mentions "a fast-growing team" three times wants someone who copes with change. One that talks about "accuracy" and "compliance" wants someone careful. Use their words when you describe your own experience; it helps the person skimming your application see the match at once.

## A simple rule of thumb

If you meet the real requirements and about half of the rest, apply. Tailor the first lines of your resume to the two or three things that matter most, and let the rest of your experience speak for itself.

## When in doubt, ask us

Recruiters see the conversations behind the ad. We often know which bullet points the client will happily trade for the right attitude, and which they will not. Browse [our open positions](/jobs), and if a role looks close but not quite, [send us a message](/contact) and ask. That is what we are here for.`,
  },
  {
    key: 'resume-skim',
    author: marcus,
    title: 'A resume that survives the six-second skim',
    summary:
      'A hiring manager decides in seconds whether to read your resume properly. Put the right things where their eyes land first.',
    tags: ['Resumes'],
    status: 'published',
    daysAgo: 96,
    body: `I read a few hundred resumes a month. I would love to say I read every word of each one, but the honest truth is that the first pass takes a few seconds. The good news is that you can decide what I see in those seconds.

## The top third of the first page

This is the part that gets read. It should answer one question: what do you do, and how well?

- **Your name and how to reach you.** A phone number and one email address. No need for a full street address; a city is plenty.
- **A two-line summary.** Not "hard-working team player", but something like "Payroll administrator with six years in multi-site retail, processing 400 employees a fortnight."
- **Your most recent role**, with its strongest result first.

## Results beat duties

"Responsible for the warehouse inventory" tells me what your job description said. "Cut stock discrepancies from 4% to under 1% in a year by introducing weekly cycle counts" tells me what you did. For every role, try to write two or three lines that start with a verb and end with a number or a clear outcome.

Not everything has a number, and that is fine. "Trained five new starters, all still with the team a year later" is a result. So is "the only person trusted to open the site alone on weekends".

## Cut what does not help

- Objectives ("seeking a challenging role...") can go; the summary does the job better.
- "References available on request" can go; everyone knows.
- Roles from more than fifteen years ago can shrink to a single line each.
- Fancy layouts with columns, icons and skill bars often come out scrambled in applicant tracking systems. A clean single column is safer.

## One page or two?

One page if you have under about ten years of experience, two if you have more. Three is almost never needed. If you are over two pages, look for repeated duties across roles; that is usually where the space goes.

## Make it match the role

You do not need a new resume for every application, but do adjust the summary and reorder the bullets so the most relevant ones come first. Look at [the open positions](/jobs) and you will see the same few skills come up again and again in your field; make sure those are easy to find.

If you would like one of us to look over your resume before you send it, [get in touch](/contact). It takes us ten minutes and it can make a real difference.`,
  },
  {
    key: 'career-change',
    author: elise,
    title: 'Changing careers without starting from zero',
    summary:
      'A career change rarely means starting over. Most of what you know travels; the work is in showing an employer how.',
    tags: ['Career change'],
    status: 'published',
    daysAgo: 53,
    body: `People who come to us wanting to change careers usually expect to hear that they must go back to an entry-level salary. Sometimes a step back is part of the deal, but much less often than you would think. What matters is how you translate what you already know.

## List what you actually do, not your job title

Take a week and write down the tasks that fill your days. A retail supervisor schedules staff, handles complaints, counts cash, trains new hires and hits weekly targets. That is scheduling, customer service, cash handling, training and performance management, and every one of those skills is wanted in an office, a clinic or a warehouse.

Then sort the list into three groups:

1. **Skills that transfer as they are**: communication, planning, handling money, dealing with upset people.
2. **Skills that transfer with new words**: "merchandising" becomes "visual planning", "shift lead" becomes "team coordination".
3. **Gaps**: the things the new field needs that you have not done yet.

## Close the gaps on purpose

Look at ten ads in the field you want and note what keeps coming up. If it is a piece of software, a short online course and a small project you can talk about will often do. If it is a licence or certificate, find out how long it takes and whether employers will hire you while you study. Some will; we can tell you which.

## Find the bridge role

The easiest change is often a role that sits between your old world and the new one. A nurse who wants to leave the wards might move into clinical education or health software support. A teacher might move into training, onboarding or learning design. A tradesperson might become an estimator or a site coordinator. These roles value your background instead of discounting it.

## Tell the story in one sentence

Employers worry that a career changer will get bored and go back. Reassure them with a short, honest reason: "After eight years in hospitality I want to use my scheduling skills in a role with regular hours and room to grow." Then point to one thing you have already done to prepare.

## Use contract work as a way in

Temporary and contract assignments let an employer try you out with little risk, and they give you recent experience in the new field to put on your resume. Many of [our open positions](/jobs) are contracts for exactly this reason.

If you are thinking about a change, [tell us where you are and where you want to go](/contact). We will be honest about the route and how long it is likely to take.`,
  },
  {
    key: 'tell-me-about-yourself',
    author: priya,
    title: 'Answering “Tell me about yourself” in two minutes',
    summary:
      'It is the first question in most interviews and the one people prepare least. A simple three-part answer gets you off to a confident start.',
    tags: ['Interviews'],
    status: 'published',
    daysAgo: 17,
    body: `"So, tell me about yourself." It sounds like small talk, but it is the interviewer's way of asking why you are in the room. Answer it well and the rest of the conversation follows your lead. Ramble through your life story and you spend the next half hour catching up.

## Present, past, future

The structure I recommend to every candidate has three parts and takes about two minutes:

1. **Present.** What you do now, in one or two sentences, with one concrete detail. "I'm a dispatcher for a regional courier, coordinating about forty drivers a day across the east end."
2. **Past.** The one or two earlier steps that explain how you got here and what you are good at. "Before that I spent three years driving the routes myself, so I know what a realistic schedule looks like from the road."
3. **Future.** Why this role is the natural next step. "I'm looking for a bigger operation where I can work on planning, not just on the day's fires, which is why this role caught my eye."

That is it. No childhood, no full list of jobs, no hobbies unless they genuinely connect.

## Tailor the middle

The present and future parts stay much the same from one conversation to the next. The past part is where you choose which bits of your history to bring forward, based on what the job ad stresses. Read it again the night before and pick the examples that match.

## Say it out loud

Write your answer down, then say it out loud a few times, ideally to a friend or into your phone. You are not trying to memorise a script; you are trying to get comfortable with the shape so that it comes out naturally. Most people find their first version takes four minutes. Cut until it takes two.

## Common mistakes

- **Starting with "Well, I was born in..."** Start with today.
- **Reading your resume aloud.** They have it in front of them.
- **Apologising.** "I know I don't have much experience, but..." Lead with what you have instead.
- **Stopping without a landing.** End on why you are there, then stop and let them ask the next question.

## Before the big day

If you have an interview coming up through us, ask your recruiter for a quick run-through; we know what each client tends to ask. And if you are still looking, [browse the open positions](/jobs) or [drop us a line](/contact).`,
  },
  {
    key: 'first-offer',
    author: elise,
    title: 'Negotiating your first offer: pay, start date and the rest',
    summary:
      'An offer is the start of a conversation, not the end. What you can ask for, how to ask, and when to stop.',
    tags: ['Offers', 'Career change'],
    status: 'draft',
    daysAgo: 4,
    body: `Getting an offer is a great moment, and it is tempting to say yes on the spot. Take a breath first. This is the point where you have the most room to shape the job, and a polite, well-prepared question almost never costs you the offer.

## Know your number before the call

Look at the pay ranges in similar ads in your city; many of [our open positions](/jobs) list them. Decide on three figures: the number you would be delighted with, the one you would happily accept, and the one below which you would walk away. Keep the last one to yourself.

## Ask, then be quiet

When you hear the offer, thank them and ask for a day to think it over. If you want to ask for more, be specific and give a reason: "Based on my payroll certification and the size of the team, I was hoping for something closer to 62,000. Is there flexibility there?" Then stop talking and let them answer.

## Pay is not the only lever

If the salary is fixed, other things often are not:

- the start date, especially if you need to give notice or have a trip booked,
- an extra week of vacation,
- a review after six months instead of twelve,
- flexible hours or a day working from home,
- paid training or a certification.

## Get it in writing

Whatever you agree, ask for it in the written offer. A friendly promise on the phone is easy to forget by the time you start, and the person who made it may have moved on.

## Know when to stop

One round of asking is normal; three starts to feel like haggling. If they have moved toward you, and the job is one you want, accept graciously and start on a good footing.

## Let us do the awkward part

When you are placed through us, your recruiter handles this conversation with the employer for you, and knows what is realistic. [Ask us](/contact) if you are unsure about an offer you have in hand.`,
  },
  {
    key: 'temp-work',
    author: marcus,
    title: 'Temp and contract work as a way in',
    summary:
      'Short assignments are not just a stopgap. Used well, they open doors to permanent roles, new fields and better references.',
    tags: ['Temp work', 'Hiring'],
    status: 'scheduled',
    daysAgo: 1,
    publishInDays: 5,
    body: `Temporary work has an image problem. People picture filing in a back room for a week and never hearing from the company again. In reality, a good share of the permanent roles we fill start as a temp or contract assignment, and many of the candidates we place say it was the best way in they could have found.

## Why employers use temps

Employers bring in temporary staff to cover peaks, parental leave and projects, and, quite often, to try someone out before offering a permanent role. For them it lowers the risk of hiring. For you it means the usual hurdles shrink: fewer rounds, faster decisions and a chance to show what you can do instead of describing it.

## What you get out of it

- **Recent experience.** A three-month contract in a new field is worth more on a resume than a course alone.
- **References.** A manager who has seen you work is the best reference you can have.
- **A look inside.** You find out whether you actually like the work, the team and the commute before committing.
- **Income while you look.** Contracts often pay a higher hourly rate than the equivalent permanent role.

## Making a temp role turn permanent

Treat the first two weeks as your audition. Arrive early, learn names, ask good questions and write things down so you only ask once. Toward the end of the assignment, tell your recruiter and your manager that you would like to stay if a position opens. Many people never say it, and managers are not mind readers.

## What to watch for

Check the end date, the notice period and whether overtime is paid. Ask who to call if something goes wrong on site; with us, it is always your recruiter.

Have a look at [the contract roles we have open](/jobs), or [tell us what you are looking for](/contact) and we will keep you in mind for the next one.`,
  },
];
