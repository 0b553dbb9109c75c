import type { SeedQuestion } from '../../../../../shared/practice.ts';

// General questions for any field: strengths and weaknesses, and the career story.

export const STRENGTHS_CAREER: readonly SeedQuestion[] = [
  // Strengths and weaknesses
  {
    key: 'g-sw-greatest-strength',
    text: 'What is your greatest strength?',
    category: 'strengths-weaknesses',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'Whether you know what you are good at, can prove it, and have a strength that matters for this job.',
    guide:
      'Choose a strength that the role clearly needs, rather than the one that sounds most impressive. Name it in plain words, then give a specific example with a result, in a short STAR shape. If others have recognised it, mention that. Avoid listing several strengths with no evidence for any of them.',
  },
  {
    key: 'g-sw-greatest-weakness',
    text: 'What is your greatest weakness?',
    category: 'strengths-weaknesses',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Self-awareness and honesty, and whether you actively work on your weak points. The weakness itself matters less than what you do about it.',
    guide:
      'Pick a real weakness that is not central to this role, such as public speaking for a back-office job or delegating for someone new to leading. Describe briefly how it has shown up, then spend most of the answer on the concrete steps you are taking and the progress you have made. Avoid disguised strengths like "I work too hard", which interviewers have heard many times. Avoid weaknesses that would rule you out, such as unreliability.',
  },
  {
    key: 'g-sw-three-words',
    text: 'How would you describe yourself in three words?',
    category: 'strengths-weaknesses',
    fields: [],
    difficulty: 'easy',
    lookingFor: 'How you see yourself, and whether that picture fits the role and is backed up by evidence.',
    guide:
      'Choose three words that are specific and relevant, such as reliable, curious and calm, rather than generic ones like hard-working. Give a one-sentence example for each, so they feel earned. Keep the whole answer short. Prepare these in advance, because it is a hard question to improvise well.',
  },
  {
    key: 'g-sw-how-others-describe-you',
    text: 'How would your colleagues or a former manager describe you?',
    category: 'strengths-weaknesses',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'Whether your self-image matches how others see you, and whether you are easy to work with. References may later be checked against your answer.',
    guide:
      'Use real feedback where you can: words from a review, a thank-you message or something a manager said. Give two or three qualities with a short example for each. It is fine to include one area they would say you are working on, which makes the answer more believable. Do not claim praise you could not back up if they spoke to your referees.',
  },
  {
    key: 'g-sw-skill-you-are-improving',
    text: 'What skill are you actively working to improve right now?',
    category: 'strengths-weaknesses',
    fields: [],
    difficulty: 'medium',
    lookingFor: 'Whether you take responsibility for your own development and follow through on it.',
    guide:
      'Name a specific skill that is useful for the role and explain why you chose it. Describe exactly what you are doing, such as a course, practice, reading, or asking for feedback, and how you measure progress. Give one example of using the improved skill. Vague answers about wanting to learn more show less than one concrete effort.',
  },
  {
    key: 'g-sw-what-manager-would-say-to-improve',
    text: 'What would your last manager say you need to improve?',
    category: 'strengths-weaknesses',
    fields: [],
    difficulty: 'hard',
    lookingFor:
      'Honesty about real feedback and whether you acted on it. It is harder to give a rehearsed answer to this than to the standard weakness question.',
    guide:
      'Use a genuine point from a review or conversation, ideally something you have since worked on. Explain what your manager said, what you did about it and what changed. Keep it proportionate and avoid anything that would alarm an employer in this role. Never say your manager had nothing to criticise; it sounds either untrue or as if you never asked.',
  },
  {
    key: 'g-sw-hardest-kind-of-work',
    text: 'What kind of work do you find hardest or least natural?',
    category: 'strengths-weaknesses',
    fields: [],
    difficulty: 'medium',
    lookingFor: 'Self-awareness, and whether your challenges clash with the core of this job.',
    guide:
      'Choose something real but not central to the role, and explain what makes it hard for you. Then show what you do to manage it, such as breaking it into smaller steps, using a checklist or getting an early review. Give one example where you handled it well despite it not coming naturally. Avoid saying you find nothing hard.',
  },
  {
    key: 'g-sw-strength-that-backfired',
    text: 'Tell me about a time one of your strengths worked against you.',
    category: 'strengths-weaknesses',
    fields: [],
    difficulty: 'hard',
    lookingFor:
      'Deeper self-awareness: whether you understand that strengths can be overused, and whether you adjust.',
    guide:
      'Pick a strength you have already claimed, such as thoroughness, and describe in STAR form a time it caused a problem, like missing a deadline because you checked everything three times. Be honest about the impact. Then explain what you learned and how you now judge when to use that strength fully and when to hold back. This is a chance to show maturity, so avoid turning it into another boast.',
  },
  {
    key: 'g-sw-what-you-bring',
    text: 'What do you bring that other candidates might not?',
    category: 'strengths-weaknesses',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Whether you can identify what is distinctive about you and explain why it is useful to this employer.',
    guide:
      'Look for a combination rather than a single skill: for example, years in customer service plus a bookkeeping qualification, or experience in two sectors. Explain how that mix would help in this role, with one example. Unusual life experience, such as caring, volunteering or living abroad, can count if you link it to the work. Avoid criticising other candidates.',
  },
  {
    key: 'g-sw-where-you-need-support',
    text: "Looking at the job description, where do you think you'd need the most support?",
    category: 'strengths-weaknesses',
    fields: [],
    difficulty: 'medium',
    lookingFor: 'Realism and honesty about gaps, and whether you have a plan to close them quickly.',
    guide:
      'Pick one real gap that is not the heart of the job, such as a specific system or a type of customer you have not handled yet. Show that you have already started preparing, and mention a time you picked up something similar quickly. Keep it brief and end on your confidence. Claiming you need no support at all can come across as overconfident.',
  },

  // Career story
  {
    key: 'g-car-tell-me-about-yourself',
    text: 'Tell me about yourself.',
    category: 'career-story',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'A clear, relevant summary of who you are professionally, and how well you communicate. It also sets the tone for the rest of the interview.',
    guide:
      'Aim for about two minutes in three parts: where you are now, the most relevant experience that got you here, and why this role is your next step. Pick details that match the job and include one achievement. Leave out your life story, family details and anything already obvious from your application. Practise it out loud until it sounds natural rather than memorised.',
  },
  {
    key: 'g-car-walk-through-cv',
    text: 'Walk me through your CV or résumé.',
    category: 'career-story',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'The story that connects your roles, the reasons behind your moves, and whether you can summarise without getting lost in detail.',
    guide:
      'Go in order, usually oldest to newest unless told otherwise, and spend more time on recent and relevant roles. For each, give what you did, one highlight and why you moved on, in a sentence or two. Make the thread between roles clear, even if your path has been varied. Stop when you reach the present and link to why you are here today.',
  },
  {
    key: 'g-car-gap-in-employment',
    text: 'Can you explain this gap in your employment history?',
    category: 'career-story',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Reassurance that the gap does not hide a problem, and that you are ready and committed to work now. Most interviewers care far more about the second part.',
    guide:
      'Give a brief, honest reason, such as illness, caring, redundancy, travel, study or a difficult job market; you do not have to share private details. Mention anything useful you did during the gap, such as courses, volunteering or keeping skills current. Then move quickly to why you are ready now and what you bring. Say it calmly and without apology, since gaps are common.',
  },
  {
    key: 'g-car-career-change',
    text: 'Why are you changing careers, and why now?',
    category: 'career-story',
    fields: [],
    difficulty: 'hard',
    lookingFor:
      'Whether the change is well thought through and likely to last, and whether your past experience will transfer.',
    guide:
      'Explain what draws you to the new field, focusing on what you are moving towards rather than what you are escaping. Show the steps you have already taken, such as training, volunteering or talking to people in the field. Then name two or three transferable skills with short examples of how they apply. Address the "why now" honestly, and show that you understand you may be starting at a less senior level.',
  },
  {
    key: 'g-car-why-leaving-current-job',
    text: 'Why are you leaving your current job?',
    category: 'career-story',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Whether you are moving for sound reasons, and whether the same issue might make you leave them too. They also watch how you talk about your current employer.',
    guide:
      'Lead with what you are looking for: growth, a new challenge, different hours, a shorter commute or work closer to your interests. Keep any negatives short, factual and neutral. Link your reasons to what this role offers. Never criticise your current employer or manager in detail, even if the criticism is fair.',
  },
  {
    key: 'g-car-dismissed-or-let-go',
    text: 'Have you ever been dismissed or asked to leave a job?',
    category: 'career-story',
    fields: [],
    difficulty: 'hard',
    lookingFor:
      'Honesty above all, and whether you have learned from what happened. Redundancy, which is about the role rather than the person, is treated very differently from dismissal.',
    guide:
      'Tell the truth, because it can be checked, and keep it short. If it was redundancy or a contract ending, say so plainly. If you were dismissed, state the reason briefly, accept your part, and spend most of the answer on what you learned and how you have shown that change since. Avoid long justifications or attacking the former employer.',
  },
  {
    key: 'g-car-five-years',
    text: 'Where do you see yourself in five years?',
    category: 'career-story',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'Whether you have some direction and whether this role fits it, so you are likely to stay and grow.',
    guide:
      "Describe the skills, responsibilities or kind of work you want to be doing, rather than a job title. Show how this role is a sensible step towards that. It is fine to say you want to grow within the employer. Avoid saying you want the interviewer's job or that you plan to start your own business in a competing line of work.",
  },
  {
    key: 'g-car-proudest-achievement',
    text: 'What achievement are you proudest of?',
    category: 'career-story',
    fields: [],
    difficulty: 'medium',
    lookingFor: 'What you value, what you are capable of, and how you talk about your own success.',
    guide:
      'Choose something relevant to the role if possible, and explain why it matters to you, not just what happened. Use a STAR shape: the challenge, your part, what you did and the measurable result. Personal achievements, like finishing a qualification while working, are fine if you connect them to qualities the job needs. Keep the focus on your actions while acknowledging others fairly.',
  },
  {
    key: 'g-car-overqualified',
    text: 'You seem overqualified for this role. Why do you want it?',
    category: 'career-story',
    fields: [],
    difficulty: 'hard',
    lookingFor:
      'Whether you will be satisfied and stay, or leave as soon as something better appears, and whether you will accept direction from someone less experienced.',
    guide:
      'Give your honest reasons, such as a better balance, less travel, a change of field or wanting to focus on hands-on work you enjoy. Reassure them about commitment: explain why this role suits your life now, and that you have thought about the pay and level. Show the value of your experience, such as needing less training and supporting others. Avoid sounding as if you are settling for the job.',
  },
  {
    key: 'g-car-returning-after-caring',
    text: "You've been out of paid work while caring for family. How are you preparing to return?",
    category: 'career-story',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Confidence that you are ready and available, that your skills are current enough, and that your circumstances are settled.',
    guide:
      'State the reason briefly and without apology; caring is real work, and you do not need to give private details. Mention skills the caring role built, such as organisation, patience or handling difficult conversations, and anything you have done to refresh your work skills. Be clear about your availability and any support arrangements in place. Finish on what you are looking forward to in returning.',
  },
  {
    key: 'g-car-several-short-jobs',
    text: "You've had several short jobs in a row. Can you tell me about that?",
    category: 'career-story',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Whether you are likely to stay this time, and whether there is a good explanation for the pattern.',
    guide:
      'If the roles were temporary, contract or seasonal, say so clearly; that is very different from leaving permanent jobs quickly. If you did leave early, give honest reasons and show what you have learned about choosing the right role. Highlight what you achieved or learned in each, however short. Then explain why this role is one you intend to stay in.',
  },
  {
    key: 'g-car-how-you-got-into-this-work',
    text: 'How did you end up in this line of work?',
    category: 'career-story',
    fields: [],
    difficulty: 'easy',
    lookingFor: 'Your genuine interest in the work and how you make career decisions.',
    guide:
      'Tell the short, true story: what first drew you in, a moment that confirmed it, and how your interest has grown. It is fine if you fell into it by chance, as long as you explain why you stayed. Keep it to a minute or so. End by linking the story to this role.',
  },
];
