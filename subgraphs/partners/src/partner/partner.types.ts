import { IsEnum, IsOptional, IsString, Length } from 'class-validator';
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';

/** The kinds of agency in the National Referral Mechanism. */
export enum AgencyType {
  CENTRE = 'CENTRE',
  POLICE = 'POLICE',
  PROSECUTION = 'PROSECUTION',
  COURT = 'COURT',
  SOCIAL_WORK_CENTRE = 'SOCIAL_WORK_CENTRE',
  NGO = 'NGO',
  HEALTH = 'HEALTH',
  EDUCATION = 'EDUCATION',
  LABOUR_INSPECTION = 'LABOUR_INSPECTION',
  INTERNATIONAL_ORGANISATION = 'INTERNATIONAL_ORGANISATION',
  EMBASSY = 'EMBASSY',
  LOCAL_TEAM = 'LOCAL_TEAM',
  GOVERNMENT = 'GOVERNMENT',
}
registerEnumType(AgencyType, {
  name: 'AgencyType',
  description: 'The kind of agency a partner is.',
  valuesConfig: {
    POLICE: { description: 'A police administration or border police.' },
    PROSECUTION: { description: "A public prosecutor's office." },
    COURT: { description: 'A court.' },
    NGO: { description: 'A non-governmental organisation, such as ASTRA or Atina.' },
    HEALTH: { description: 'A health service: a hospital, health centre or clinic.' },
    EDUCATION: { description: 'A school or other educational institution.' },
    LABOUR_INSPECTION: { description: 'The labour inspectorate.' },
    EMBASSY: { description: "A foreign country's embassy or consulate." },

    CENTRE: { description: 'The Centre for Protection of Victims of Human Trafficking.' },
    SOCIAL_WORK_CENTRE: {
      description: 'A local social work centre (центар за социјални рад); also appoints guardians.',
    },
    LOCAL_TEAM: { description: 'A local anti-trafficking team.' },
    INTERNATIONAL_ORGANISATION: { description: 'For example IOM, OSCE, UNODC.' },
    GOVERNMENT: { description: 'A ministry or government office.' },
  },
});

export enum ContactKind {
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
  ADDRESS = 'ADDRESS',
  HOTLINE = 'HOTLINE',
  WEBSITE = 'WEBSITE',
}
registerEnumType(ContactKind, {
  name: 'ContactKind',
  description: 'How a partner can be reached.',
  valuesConfig: {
    PHONE: { description: 'A telephone number.' },
    EMAIL: { description: 'An e-mail address.' },
    HOTLINE: { description: 'A hotline number, often free and around the clock.' },
    WEBSITE: { description: 'A web address.' },
    ADDRESS: { description: 'A postal or office address.' },
  },
});

@ObjectType({ description: "One of a partner's work contacts." })
export class PartnerContact {
  @Field(() => ContactKind, { description: 'What kind of contact this is.' })
  kind!: ContactKind;

  @Field({ description: 'The number, address or URL.' })
  value!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the contact is for, e.g. "24/7 duty officer".',
  })
  label?: string | null;
}

@InputType({ description: 'What to look for in the partner directory; all given criteria apply.' })
export class PartnerSearch {
  @Field(() => AgencyType, { nullable: true, description: 'Only partners of this agency type.' })
  @IsOptional()
  @IsEnum(AgencyType)
  agencyType?: AgencyType | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only partners in this municipality, as written (e.g. "Ниш").',
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  municipality?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words in the name or code (2–100 characters, any case), e.g. "астра" or "csw".',
  })
  @IsOptional()
  @IsString()
  @Length(2, 100)
  text?: string | null;
}
